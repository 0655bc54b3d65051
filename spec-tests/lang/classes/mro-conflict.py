class A: pass
class B: pass
class C(A, B): pass
class D(B, A): pass
try:
    class E(C, D): pass
except TypeError as e:
    print(e)   # expect: Cannot create a consistent method resolution
               # expect: order (MRO) for bases A, B
class F(C, A): pass
print([k.__name__ for k in F.__mro__])   # expect: ['F', 'C', 'A', 'B', 'object']
