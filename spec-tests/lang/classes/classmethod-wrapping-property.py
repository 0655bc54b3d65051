class A:
    @classmethod
    @property
    def cp(cls):
        return "class property of " + cls.__name__

class B(A):
    pass

print(A.cp)   # expect: class property of A
print(B.cp, B().cp)   # expect: class property of B class property of B
