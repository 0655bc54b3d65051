import _weakref, gc

class Obj:
    pass

class NamedRef(_weakref.ref):
    def __new__(cls, ob, callback=None, name='?'):
        self = _weakref.ref.__new__(cls, ob, callback)
        self.name = name
        return self
    def __init__(self, ob, callback=None, name='?'):
        super().__init__(ob, callback)
    def __call__(self):
        target = super().__call__()
        return (self.name, target is not None)

o = Obj()
r = NamedRef(o, None, 'first')
print(r(), r.name, isinstance(r, _weakref.ref), type(r).__name__)
print(_weakref.getweakrefcount(o), _weakref.getweakrefs(o)[0] is r)
plain = _weakref.ref(o)
print(_weakref.getweakrefs(o)[0] is plain, plain is not r)
r.extra = 1
print(r.__dict__)
seen = []
r2 = NamedRef(o, lambda w: seen.append(w.name), 'second')
del o
print(r(), plain(), seen)

class Plain(_weakref.ref):
    pass
o = Obj()
p = Plain(o)
print(p() is o, p is Plain(o), type(p).__mro__[1] is _weakref.ref)
wp = _weakref.ref(p)
print(wp() is p)
del p
print(wp())
print(repr(Plain(o)).startswith('<weakref at '))

class Hashing(_weakref.ref):
    def __hash__(self):
        return 42
    def __eq__(self, other):
        return 'custom'
print(hash(Hashing(o)), Hashing(o) == Hashing(o))

class WithInit(_weakref.ref):
    def __init__(self, ob, callback=None, **kw):
        super().__init__(ob, callback)
        self.kw = kw
w = WithInit(o, None, a=1)
print(w.kw, w() is o)
try:
    _weakref.ref(o, None, **{'x': 1})
except TypeError as e:
    print(e)

# Subclass instances in a cycle with their referent.
class Cyclic:
    pass
c = Cyclic()
c.r = Plain(c, lambda w: print('never'))
del c
print(gc.collect() >= 2)

# expect: ('first', True) first True NamedRef
# expect: 1 True
# expect: True True
# expect: {'name': 'first', 'extra': 1}
# expect: ('first', False) None ['second']
# expect: True False True
# expect: True
# expect: None
# expect: True
# expect: 42 custom
# expect: {'a': 1} True
# expect: ref() takes no keyword arguments
# expect: never
# expect: False
