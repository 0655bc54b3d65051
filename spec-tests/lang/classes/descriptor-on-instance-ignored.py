class D:
    def __get__(self, obj, owner):
        return "descriptor ran"

class A:
    pass

a = A()
a.d = D()
print(type(a.d).__name__)   # expect: D
A.e = D()
print(a.e)   # expect: descriptor ran
