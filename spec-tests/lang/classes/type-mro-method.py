class A: pass
class B(A): pass
class C(B): pass
print(C.mro() == list(C.__mro__))   # expect: True
print([k.__name__ for k in type.mro(C)])   # expect: ['C', 'B', 'A', 'object']
