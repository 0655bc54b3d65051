class A: pass
class B(A): pass
class C(B): pass
print([k.__name__ for k in C.__mro__])   # expect: ['C', 'B', 'A', 'object']
print(C.__bases__ == (B,))   # expect: True
print(C.__base__ is B)   # expect: True
print(A.__bases__ == (object,))   # expect: True
print(object.__bases__)   # expect: ()
