# Class statement edge cases
class A(object): pass
class B(A,): pass
print(B.__bases__ == (A,), A.__bases__ == (object,))   # expect: True True
bases = (A,)
class C(*bases): pass
print(C.__mro__[1] is A)   # expect: True
kw = {}
class D(A, **kw): pass
print(D.__base__ is A)   # expect: True
def make(n):
    class Dyn:
        num = n
        def get(self): return self.num
    return Dyn
X, Y = make(1), make(2)
print(X().get(), Y().get(), X is Y, X.__qualname__)   # expect: 1 2 False make.<locals>.Dyn
class E:
    def f(self): return 1
    f2 = f
    del f
print(hasattr(E, "f"), E().f2())   # expect: False 1
class F:
    x = 1
    class G:
        y = 2
    z = G.y + x
print(F.z, F.G.y)   # expect: 3 2
class H: "only doc"
print(H.__doc__)   # expect: only doc
class I: pass; pass
print(I)   # expect: <class '__main__.I'>
if True:
    class J:
        pass
print(J.__qualname__)   # expect: J
for i in range(2):
    class K:
        n = i
print(K.n)   # expect: 1
