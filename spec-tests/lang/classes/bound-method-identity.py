class A:
    def f(self): return 1
a = A()
print(a.f == a.f, a.f is a.f, a.f.__self__ is a, a.f.__func__ is A.f)   # expect: True False True True
m = a.f
print(m(), A.f(a))   # expect: 1 1
print(repr(m).startswith("<bound method A.f of <__main__.A object at"))   # expect: True
