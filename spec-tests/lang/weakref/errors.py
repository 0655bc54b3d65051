import _weakref

class C:
    pass

def attempt(f):
    try:
        f()
        print('ok')
    except Exception as e:
        print(type(e).__name__ + ':', e)

c = C()
attempt(lambda: _weakref.ref())
attempt(lambda: _weakref.ref(c, None, 3))
attempt(lambda: _weakref.ref(c, callback=None))
attempt(lambda: _weakref.ref(1))
attempt(lambda: _weakref.ref('s'))
attempt(lambda: _weakref.ref(()))
attempt(lambda: _weakref.ref({}))
attempt(lambda: _weakref.ref(None))
attempt(lambda: _weakref.ref(1.5))
attempt(lambda: _weakref.ref(object()))
attempt(lambda: _weakref.ref(_weakref.ref(c)))
attempt(lambda: _weakref.ref(_weakref.proxy(c)))
attempt(lambda: _weakref.ref(range(3)))
attempt(lambda: _weakref.ref(b'x'))
attempt(lambda: _weakref.proxy())
attempt(lambda: _weakref.proxy(c, None, 1))
attempt(lambda: _weakref.proxy(c, callback=None))
attempt(lambda: _weakref.proxy(1))
r = _weakref.ref(c)
attempt(lambda: r(1))
attempt(lambda: r(x=1))
attempt(lambda: r < r)
attempt(lambda: _weakref.getweakrefcount())
attempt(lambda: _weakref.getweakrefcount(c, c))
attempt(lambda: _weakref.getweakrefs())
attempt(lambda: _weakref._remove_dead_weakref([], 1))
attempt(lambda: _weakref._remove_dead_weakref({}))
attempt(lambda: _weakref._remove_dead_weakref({1: 2}, 1))
attempt(lambda: _weakref._remove_dead_weakref({}, 1))

class Slotted:
    __slots__ = ('a',)
attempt(lambda: _weakref.ref(Slotted()))
attempt(lambda: Slotted().__weakref__)
class SlottedSub(Slotted):
    pass
attempt(lambda: _weakref.ref(SlottedSub()))
class SlottedWeak(Slotted):
    __slots__ = ('__weakref__',)
attempt(lambda: _weakref.ref(SlottedWeak()))
print(SlottedWeak().__weakref__)
def twice():
    class Again(SlottedWeak):
        __slots__ = ('__weakref__',)
attempt(twice)
def on_int():
    class I(int):
        __slots__ = ('__weakref__',)
attempt(on_int)
class I(int):
    pass
class T(tuple):
    pass
class B(bytes):
    pass
class L(list):
    pass
class D(dict):
    pass
class S(str):
    pass
class F(float):
    pass
class E(Exception):
    pass
class M(type):
    pass
for v in (I(1), T(), B(), L(), D(), S('x'), F(1.0), E(), M('X', (), {})):
    attempt(lambda: _weakref.ref(v))
attempt(lambda: _weakref.ref(Exception()))
r = _weakref.ref(C())
attempt(lambda: hash(r))

# expect: TypeError: __new__ expected at least 1 argument, got 0
# expect: TypeError: __new__ expected at most 2 arguments, got 3
# expect: TypeError: ref() takes no keyword arguments
# expect: TypeError: cannot create weak reference to 'int' object
# expect: TypeError: cannot create weak reference to 'str' object
# expect: TypeError: cannot create weak reference to 'tuple' object
# expect: TypeError: cannot create weak reference to 'dict' object
# expect: TypeError: cannot create weak reference to 'NoneType' object
# expect: TypeError: cannot create weak reference to 'float' object
# expect: TypeError: cannot create weak reference to 'object' object
# expect: TypeError: cannot create weak reference to 'weakref.ReferenceType' object
# expect: TypeError: cannot create weak reference to 'weakref.ProxyType' object
# expect: TypeError: cannot create weak reference to 'range' object
# expect: TypeError: cannot create weak reference to 'bytes' object
# expect: TypeError: proxy expected at least 1 argument, got 0
# expect: TypeError: proxy expected at most 2 arguments, got 3
# expect: TypeError: _weakref.proxy() takes no keyword arguments
# expect: TypeError: cannot create weak reference to 'int' object
# expect: TypeError: weakref expected 0 arguments, got 1
# expect: TypeError: weakref() takes no keyword arguments
# expect: TypeError: '<' not supported between instances of 'weakref.ReferenceType' and 'weakref.ReferenceType'
# expect: TypeError: _weakref.getweakrefcount() takes exactly one argument (0 given)
# expect: TypeError: _weakref.getweakrefcount() takes exactly one argument (2 given)
# expect: TypeError: _weakref.getweakrefs() takes exactly one argument (0 given)
# expect: TypeError: _remove_dead_weakref() argument 1 must be dict, not list
# expect: TypeError: _remove_dead_weakref expected 2 arguments, got 1
# expect: TypeError: not a weakref
# expect: ok
# expect: TypeError: cannot create weak reference to 'Slotted' object
# expect: AttributeError: 'Slotted' object has no attribute '__weakref__'
# expect: ok
# expect: ok
# expect: None
# expect: TypeError: __weakref__ slot disallowed: either we already got one, or __itemsize__ != 0
# expect: TypeError: nonempty __slots__ not supported for subtype of 'int'
# expect: TypeError: cannot create weak reference to 'I' object
# expect: TypeError: cannot create weak reference to 'T' object
# expect: TypeError: cannot create weak reference to 'B' object
# expect: ok
# expect: ok
# expect: ok
# expect: ok
# expect: ok
# expect: ok
# expect: TypeError: cannot create weak reference to 'Exception' object
# expect: TypeError: weak object has gone away
