class A:
    @property
    def value(self):
        return 10

class B(A):
    @property
    def value(self):
        return super().value + 1

print(B().value)   # expect: 11
