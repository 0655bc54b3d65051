class A:
    def f(self):
        pass
    def __eq__(self, other):
        return True
    __hash__ = None

a = A()
m1, m2 = a.f, a.f
print(m1 is m2, m1 == m2)   # expect: False True
b = A()
print(a.f == b.f)   # expect: False
print(m1.__self__ is a, m1.__func__ is A.f)   # expect: True True
print(A.f is A.f, A.__dict__["f"] is A.f)   # expect: True True
