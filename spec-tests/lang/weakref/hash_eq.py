import _weakref

class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v

a, b, c = K(1), K(1), K(2)
ra, rb, rc = _weakref.ref(a), _weakref.ref(b), _weakref.ref(c)
print(ra == rb, ra != rb, ra == rc, ra != rc)
print(hash(ra) == hash(a), hash(rc) == hash(2))
print(ra == a, a == ra, ra == 1)
d = {ra: 'a', rc: 'c'}
print(d[rb], rb in d)
del a
print(ra == rb, ra == ra, ra != rb)
print(d[ra])
hash_before = hash(rc)
del c
print(hash(rc) == hash_before, d[rc])

# Unhashable referent.
class U:
    __hash__ = None
u = U()
ru = _weakref.ref(u)
try:
    hash(ru)
except TypeError as e:
    print(e)

# Comparison with proxies and other objects.
x = K(5)
rx = _weakref.ref(x)
px = _weakref.proxy(x)
print(rx == px, px == x, rx.__eq__(3), rx.__ne__(3))
class Dead:
    pass
d1, d2 = Dead(), Dead()
r1, r2 = _weakref.ref(d1), _weakref.ref(d2)
print(r1 == r2, r1 == r1)
del d1, d2
print(r1 == r2, r1 == r1, r1 != r1)

# expect: True False False True
# expect: True True
# expect: False False False
# expect: a True
# expect: False True True
# expect: a
# expect: True c
# expect: unhashable type: 'U'
# expect: True True NotImplemented NotImplemented
# expect: False True
# expect: False True False
