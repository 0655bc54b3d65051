class A:
    @property
    def x(self):
        return 1
    def f(self):
        return "f"

a = A()
p = A.__dict__["x"]
print(p.__get__(a))   # expect: 1
print(p.__get__(None, A) is p)   # expect: True
m = A.f.__get__(a, A)
print(m())   # expect: f
print(m.__self__ is a)   # expect: True
