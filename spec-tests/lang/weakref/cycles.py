import _weakref, gc

class Node:
    pass

gc.collect()
events = []

# A cycle freed by the collector calls the callbacks of reachable weak references.
a = Node(); b = Node()
a.b = b; b.a = a
ra = _weakref.ref(a, lambda w: events.append('a'))
rb = _weakref.ref(b, lambda w: events.append('b'))
del a, b
print(ra() is not None, events)
print(gc.collect() > 0)
print(sorted(events), ra(), rb())
print(ra.__callback__ is not None)

# A weak reference that is part of the garbage never calls back.
events.clear()
a = Node()
a.me = a
a.r = _weakref.ref(a, lambda w: events.append('garbage weakref'))
del a
print(gc.collect() > 0, events)

# A garbage weak reference to a live object is cleared, silently.
live = Node()
c = Node()
c.me = c
c.r = _weakref.ref(live, lambda w: events.append('live cleared'))
probe = _weakref.ref(c)
del c
gc.collect()
print(probe(), events, _weakref.getweakrefcount(live))

# The callback itself in a cycle with the weak reference's owner.
class Owner:
    def __init__(self, target):
        self.r = _weakref.ref(target, self.gone)
    def gone(self, w):
        events.append('owner saw it go')
t = Node()
owner = Owner(t)
del t
print(events[-1])
del owner
print(gc.collect() > 0)

# Proxies in cycles.
n = Node()
n.me = n
p = _weakref.proxy(n, lambda w: events.append('proxy cb'))
del n
gc.collect()
print(events[-1])
try:
    p.me
except ReferenceError as e:
    print('ReferenceError', e)

# Weak references to classes freed by the collector.
class Temp:
    pass
rt = _weakref.ref(Temp, lambda w: events.append('class gone'))
del Temp
gc.collect()
print(rt(), events[-1])

# expect: True []
# expect: True
# expect: ['a', 'b'] None None
# expect: True
# expect: True []
# expect: None [] 0
# expect: owner saw it go
# expect: False
# expect: proxy cb
# expect: ReferenceError weakly-referenced object no longer exists
# expect: None class gone
