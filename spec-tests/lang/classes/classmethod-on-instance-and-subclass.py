class A:
    @classmethod
    def make(cls, n):
        return cls.__name__, n

class B(A):
    pass

print(A.make(1))   # expect: ('A', 1)
print(B.make(2))   # expect: ('B', 2)
print(B().make(3))   # expect: ('B', 3)
m = B.make
print(m.__self__ is B)   # expect: True
print(m.__func__ is A.__dict__["make"].__func__)   # expect: True
