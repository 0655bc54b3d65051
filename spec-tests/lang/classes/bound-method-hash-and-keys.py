class A:
    def __repr__(self): return "A()"
    def method(self): return self
a = A()
print(a.method() is a, A.method(a) is a)   # expect: True True
m = a.method
print(m.__self__ is a, m.__func__.__name__, m == a.method, m != a.method)   # expect: True method True False
print(hash(m) == hash(a.method))   # expect: True
print({m: 1}[a.method])   # expect: 1
print(repr(m))   # expect: <bound method A.method of A()>
class B:
    def __eq__(self, o): return True
    __hash__ = None
    def f(self): pass
b1, b2 = B(), B()
print(b1.f == b2.f, b1.f == b1.f)   # expect: False True
class C:
    def f(self): pass
c = C()
print(c.f is c.f, c.f == c.f)   # expect: False True
try:
    c.f.attr = 1
except AttributeError as e:
    print(e)   # expect: 'method' object has no attribute 'attr'
try:
    c.f()
    C.f()
except TypeError as e:
    print(e)   # expect: C.f() missing 1 required positional argument: 'self'
