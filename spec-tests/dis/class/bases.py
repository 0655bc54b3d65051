class A(object): pass
class B(A, dict): pass
class C(A, B, metaclass=type): pass
class D(x=1, y=2): pass
class E(A, x=f(), **{'y': 2}): pass
