# _thread._local (threading.local): attributes, __dict__, subclasses, errors.
import _thread, threading, weakref, gc
L = _thread._local
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r) if not isinstance(r, L) else type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
print(threading.local is L, L.__module__, L.__name__, L.__qualname__, L.__base__)
l = L()
l.x = 1
l.y = [l]
print(l.x, l.__dict__ == {'x': 1, 'y': [l]}, sorted(vars(l)))
del l.y
print(l.__dict__, hasattr(l, 'y'), getattr(l, 'y', 'none'))
t(L, 1)
t(L, a=1)
t(L)
def setd(): l.__dict__ = {}
t(setd)
def deld(): del l.__dict__
t(deld)
def missing(): return l.nope
t(missing)
def delmissing(): del l.nope
t(delmissing)
t(setattr, l, 5, 1)
t(getattr, l, 5)
l.__dict__['z'] = 3
print(l.z, weakref.ref(l)() is l, l.__class__ is L)
class X(L):
    def __init__(self, a, b=2):
        self.a, self.b = a, b
x = X(1)
print(x.a, x.b, x.__dict__, isinstance(x, L), type(x).__mro__[1].__name__)
x.c = 3
print(x.__dict__, sorted(vars(x)))
del x.a
print(x.__dict__)
t(setattr, x, '__dict__', {})
t(X)
t(X, 1, 2, 3)
print(X(b=5, a=4).__dict__)
class Y(L):
    pass
t(Y, 1)
t(Y, k=1)
y = Y(); y.q = 1; print(y.q, y.__dict__, weakref.ref(y)() is y)
class Z(L):
    n = 0
    def __init__(self, **kw):
        Z.n += 1
        self.__dict__.update(kw)
    @property
    def double(self):
        return self.v * 2
    def total(self):
        return self.v + self.w
z = Z(v=2, w=5)
print(z.double, z.total(), Z.n, z.__dict__)
def setprop(): z.double = 3
t(setprop)
class W(L):
    def __setattr__(self, name, value):
        print("set", name)
        super().__setattr__(name, value)
    def __getattr__(self, name):
        return "fallback " + name
w = W(); w.k = 1
print(w.k, w.other, w.__dict__)
class Sub(X):
    pass
s = Sub(7)
print(s.a, s.__dict__, Sub.__mro__[2] is L)
me = L(); me.me = me; r = weakref.ref(me); del me; gc.collect()
print(r() is None)
print(repr(L())[:24], repr(x).startswith("<__main__.X object at 0x"))
class Cyc(L):
    pass
cyc = Cyc(); cyc.me = cyc; cyc.other = L(); cyc.other.back = cyc
r2 = weakref.ref(cyc); del cyc; gc.collect()
print(r2() is None)
class Slotted(L):
    __slots__ = ('s',)
sl = Slotted(); sl.s = 1; sl.t = 2
print(sl.s, sl.t, sl.__dict__, hasattr(sl, 's'))
del sl.s
t(getattr, sl, 's')
t(delattr, sl, 'u')

# expect: True _thread _local _local <class 'object'>
# expect: 1 True ['x', 'y']
# expect: {'x': 1} False none
# expect: TypeError Initialization arguments are not supported
# expect: TypeError Initialization arguments are not supported
# expect: _local
# expect: AttributeError '_thread._local' object attribute '__dict__' is read-only
# expect: AttributeError '_thread._local' object attribute '__dict__' is read-only
# expect: AttributeError '_thread._local' object has no attribute 'nope'
# expect: AttributeError '_thread._local' object has no attribute 'nope'
# expect: TypeError attribute name must be string, not 'int'
# expect: TypeError attribute name must be string, not 'int'
# expect: 3 True True
# expect: 1 2 {'a': 1, 'b': 2} True _local
# expect: {'a': 1, 'b': 2, 'c': 3} ['a', 'b', 'c']
# expect: {'b': 2, 'c': 3}
# expect: AttributeError 'X' object attribute '__dict__' is read-only
# expect: TypeError X.__init__() missing 1 required positional argument: 'a'
# expect: TypeError X.__init__() takes from 2 to 3 positional arguments but 4 were given
# expect: {'a': 4, 'b': 5}
# expect: TypeError Initialization arguments are not supported
# expect: TypeError Initialization arguments are not supported
# expect: 1 {'q': 1} True
# expect: 4 7 1 {'v': 2, 'w': 5}
# expect: AttributeError property 'double' of 'Z' object has no setter
# expect: set k
# expect: 1 fallback other {'k': 1}
# expect: 7 {'a': 7, 'b': 2} True
# expect: True
# expect: <_thread._local object a True
# expect: True
# expect: 1 2 {'t': 2} True
# expect: AttributeError 'Slotted' object has no attribute 's'
# expect: AttributeError 'Slotted' object has no attribute 'u'
