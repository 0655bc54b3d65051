import _weakref, gc

class Obj:
    pass

log = []
def cb(name):
    def callback(w):
        log.append((name, type(w).__name__))
    return callback

o = Obj()
r1 = _weakref.ref(o, cb('one'))
r2 = _weakref.ref(o, cb('two'))
p1 = _weakref.proxy(o, cb('proxy'))
r3 = _weakref.ref(o, cb('three'))
plain = _weakref.ref(o)
print(r1.__callback__ is not None, plain.__callback__)
del o
print(log)
print(r1.__callback__, r1(), plain())

# A callback receives the very weak reference object.
seen = []
o = Obj()
r = _weakref.ref(o, seen.append)
del o
print(seen[0] is r)

# A dropped weak reference never calls back.
o = Obj()
_weakref.ref(o, lambda w: print('not called'))
del o
print('nothing called')

# None as a callback is no callback.
o = Obj()
r = _weakref.ref(o, None)
print(r.__callback__, r is _weakref.ref(o))

# A callback can make new objects and weak references.
made = []
def remake(w):
    n = Obj()
    made.append(n)
    made.append(_weakref.ref(n, lambda w2: print('second generation')))
o = Obj()
r = _weakref.ref(o, remake)
del o
print(len(made), made[1]() is made[0])
made.clear()
print('after clear')

# A callback that frees another referent.
holder = Obj()
other = Obj()
holder.other = other
r_other = _weakref.ref(other, lambda w: print('other gone'))
del other
def drop_holder(w):
    print('dropping holder')
    global holder
    holder = None
o = Obj()
r = _weakref.ref(o, drop_holder)
del o
print('end', r_other())

# Callback order: newest first, also for subclasses.
class MyRef(_weakref.ref):
    pass
order = []
o = Obj()
keep = [MyRef(o, lambda w: order.append('sub')),
        _weakref.ref(o, lambda w: order.append('ref')),
        _weakref.proxy(o, lambda w: order.append('proxy'))]
del o
print(order)

# expect: True None
# expect: [('three', 'ReferenceType'), ('proxy', 'ProxyType'), ('two', 'ReferenceType'), ('one', 'ReferenceType')]
# expect: None None None
# expect: True
# expect: nothing called
# expect: None True
# expect: 2 True
# expect: after clear
# expect: dropping holder
# expect: other gone
# expect: end None
# expect: ['proxy', 'ref', 'sub']
