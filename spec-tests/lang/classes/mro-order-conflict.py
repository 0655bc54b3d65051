class A: pass
class B(A): pass
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(e.args[0].replace("\n", " "))   # expect: Cannot create a consistent method resolution order (MRO) for bases A, B
try:
    class Z(P, Q): pass
except TypeError as e:
    print(e.args[0].replace("\n", " "))   # expect: Cannot create a consistent method resolution order (MRO) for bases X, Y
