class A: pass
class B(A): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(e)   # expect: Cannot create a consistent method resolution
               # expect: order (MRO) for bases A, B
class D(B, A): pass
print([k.__name__ for k in D.__mro__])   # expect: ['D', 'B', 'A', 'object']
