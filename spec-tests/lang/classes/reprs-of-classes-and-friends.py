class A:
    def f(self): pass
    @property
    def p(self): return 1
class B(A):
    def show(self):
        return repr(super())
    @classmethod
    def cshow(cls):
        return repr(super())
print(repr(A), str(A), f"{A}", [A])   # expect: <class '__main__.A'> <class '__main__.A'> <class '__main__.A'> [<class '__main__.A'>]
print(B().show())   # expect: <super: <class 'B'>, <B object>>
print(B.cshow())   # expect: <super: <class 'B'>, <B object>>
print(repr(A.f).startswith("<function A.f at 0x"), repr(A.p).startswith("<property object at 0x"))   # expect: True True
print(repr(A.__dict__["f"]) == repr(A.f))   # expect: True
class Outer:
    class Inner:
        pass
print(repr(Outer.Inner), repr(Outer.Inner()).startswith("<__main__.Outer.Inner object at 0x"))   # expect: <class '__main__.Outer.Inner'> True
print(repr(type), repr(object), repr(int), repr(type(None)), repr(type(NotImplemented)))   # expect: <class 'type'> <class 'object'> <class 'int'> <class 'NoneType'> <class 'NotImplementedType'>
print(repr(ValueError), repr(ValueError("x")), str(KeyError("k")), repr(KeyError()))   # expect: <class 'ValueError'> ValueError('x') 'k' KeyError()
