class M:
    def __matmul__(self, other):
        return ("matmul", other)
    def __rmatmul__(self, other):
        return ("rmatmul", other)
    def __imatmul__(self, other):
        return ("imatmul", other)

print(M() @ 1)   # expect: ('matmul', 1)
print(1 @ M())   # expect: ('rmatmul', 1)
m = M()
m @= 2
print(m)   # expect: ('imatmul', 2)
