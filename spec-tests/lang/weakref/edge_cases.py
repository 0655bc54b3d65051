import _weakref, gc
class O: pass
o = O()
rs = [_weakref.ref(o, lambda w: None) for i in range(2000)]
del rs[::2]
del rs[500:700]
print(_weakref.getweakrefcount(o))
rs.reverse()
while rs:
    rs.pop(len(rs) // 2)
print(_weakref.getweakrefcount(o))
# callback that drops other weakrefs and makes new ones on other objects
keep = {}
def cb(w):
    keep.clear()
    keep['n'] = O()
    keep['r'] = _weakref.ref(keep['n'], cb2)
def cb2(w):
    print('cb2')
o2 = O()
keep['a'] = _weakref.ref(o2, cb)
keep['b'] = _weakref.ref(o2, cb)
del o2
print(sorted(keep))
keep.clear()
print('cleared')
# generator finalized while weakly referenced
def g():
    try:
        yield 1
    finally:
        print('gen closed')
gen = g(); next(gen)
rg = _weakref.ref(gen, lambda w: print('gen weakref cb'))
del gen
print(rg())
# weakref to weakref subclass, in cycles, collected
class R(_weakref.ref): pass
for i in range(3):
    a = O(); a.me = a
    r = R(a, lambda w: print('R cb'))
    rr = _weakref.ref(r, lambda w: print('rr cb'))
    a.r = r
    del a, r
    gc.collect()
    print(rr())
# referent and weakref die in one collection with another weakref outside
a = O(); b = O(); a.b = b; b.a = a
b.wr = _weakref.ref(a, lambda w: print('inner, never'))
outer = _weakref.ref(b, lambda w: print('outer'))
del a, b
gc.collect()
# many referents freed by one list
objs = [O() for i in range(5)]
rs = [_weakref.ref(x, lambda w, i=i: print('freed', i)) for i, x in enumerate(objs)]
del objs
print('end')

# expect: 800
# expect: 0
# expect: cb2
# expect: ['n', 'r']
# expect: cb2
# expect: cleared
# expect: gen weakref cb
# expect: gen closed
# expect: None
# expect: rr cb
# expect: None
# expect: rr cb
# expect: None
# expect: rr cb
# expect: None
# expect: outer
# expect: freed 4
# expect: freed 3
# expect: freed 2
# expect: freed 1
# expect: freed 0
# expect: end
