import _weakref, gc

class Obj:
    def __init__(self, name):
        self.name = name

# A weak reference does not keep its referent alive.
o = Obj('a')
r = _weakref.ref(o)
print(r().name, r() is o)
o = None
print(r())

# Many references to one object; dropping one leaves the others linked.
o = Obj('b')
refs = [_weakref.ref(o, lambda w: None) for i in range(5)]
print(_weakref.getweakrefcount(o))
del refs[1:3]
print(_weakref.getweakrefcount(o))
refs.reverse()
del refs[0]
print(_weakref.getweakrefcount(o), len(_weakref.getweakrefs(o)))
plain = _weakref.ref(o)
print(_weakref.getweakrefs(o)[0] is plain)
del o
print([w() for w in refs], plain())

# The referent held in a container.
box = [Obj('c')]
r = _weakref.ref(box[0])
print(r().name)
box.clear()
print(r())

# A weak reference outliving a dict that held its referent.
d = {'k': Obj('d')}
r = _weakref.ref(d['k'])
del d
print(r())

# Weak references to functions, classes, modules, methods, generators.
def f():
    return 1
class K:
    def m(self):
        return 2
def gen():
    yield 1
import sys
targets = [f, K, sys, K().m, gen(), len, [].append, type]
rs = [_weakref.ref(t) for t in targets]
print([r() is t for r, t in zip(rs, targets)])
del targets
print([r() is None for r in rs])

# A weak reference to a built-in type is never cleared.
r = _weakref.ref(int)
print(r() is int)

# Referent dying inside a function's frame.
def scope():
    local = Obj('e')
    return _weakref.ref(local)
print(scope()())

# A reference held only by the referent itself.
o = Obj('f')
o.self_ref = _weakref.ref(o, lambda w: print('never: the weakref dies with o'))
del o
gc.collect()
print('done')

# expect: a True
# expect: None
# expect: 5
# expect: 3
# expect: 2 2
# expect: True
# expect: [None, None] None
# expect: c
# expect: None
# expect: None
# expect: [True, True, True, True, True, True, True, True]
# expect: [False, False, False, True, True, False, True, False]
# expect: True
# expect: None
# expect: never: the weakref dies with o
# expect: done
