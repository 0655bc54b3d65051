kw = {}
class A(**kw): pass
class B(object, **kw): pass
class C(object, metaclass=type, **kw): pass
class D(**kw, flag=1): pass
class E(*b, **kw): pass
