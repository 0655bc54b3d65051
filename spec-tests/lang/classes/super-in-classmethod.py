class A:
    @classmethod
    def create(cls):
        return "A.create for " + cls.__name__

class B(A):
    @classmethod
    def create(cls):
        return "B then " + super().create()

class C(B):
    pass

print(B.create())   # expect: B then A.create for B
print(C.create())   # expect: B then A.create for C
print(C().create())   # expect: B then A.create for C
