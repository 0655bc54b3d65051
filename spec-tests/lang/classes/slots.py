# __slots__: member descriptors, no __dict__, the errors CPython gives.
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class A:
    __slots__ = ('x', '__y')
a = A()
def set_z(): a.z = 1
t(set_z)  # expect: AttributeError 'A' object has no attribute 'z'
t(lambda: a.x)  # expect: AttributeError 'A' object has no attribute 'x'
t(lambda: a.__dict__)  # expect: AttributeError 'A' object has no attribute '__dict__'
t(lambda: (A.x, sorted(A.__dict__.keys())))  # expect: (<member 'x' of 'A' objects>, ['_A__y', '__doc__', '__module__', '__slots__', 'x'])
class B(A): pass
b = B()
b.z = 1
t(lambda: b.__dict__)  # expect: {'z': 1}
def conflict():
    class C:
        __slots__ = ['v']
        v = 1
t(conflict)  # expect: ValueError 'v' in __slots__ conflicts with class variable
class D:
    __slots__ = 'one'
t(lambda: D.one)  # expect: <member 'one' of 'D' objects>
def not_str():
    class E:
        __slots__ = (1,)
t(not_str)  # expect: TypeError __slots__ items must be strings, not 'int'
a.x = 5
t(lambda: a.x)  # expect: 5
def del_x(): del a.x
t(del_x)  # expect: None
t(del_x)  # expect: AttributeError x
t(lambda: A.x.__get__(None, A) is A.x)  # expect: True
class WithDict:
    __slots__ = ('a', '__dict__')
w = WithDict()
w.a = 1
w.other = 2
t(lambda: (w.a, w.other))  # expect: (1, 2)
class P(tuple):
    __slots__ = ()
    @property
    def first(self): return self[0]
p = P((4, 5))
t(lambda: (p, p.first))  # expect: ((4, 5), 4)
def set_p(): p.q = 1
t(set_p)  # expect: AttributeError 'P' object has no attribute 'q'
class Priv:
    __slots__ = ('__secret',)
    def __init__(self): self.__secret = 42
    def get(self): return self.__secret
t(lambda: Priv().get())  # expect: 42
