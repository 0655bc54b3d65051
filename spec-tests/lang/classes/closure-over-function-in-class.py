def make(n):
    class C:
        value = n
        def get(self):
            return n * 2
    return C
C = make(21)
print(C.value, C().get())   # expect: 21 42
