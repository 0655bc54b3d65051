import _weakref

class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __repr__(self):
        return 'Vec%r' % (tuple(self.xs),)
    def __str__(self):
        return 'vec of %d' % len(self.xs)
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __setitem__(self, i, v):
        self.xs[i] = v
    def __delitem__(self, i):
        del self.xs[i]
    def __contains__(self, v):
        return v in self.xs
    def __iter__(self):
        return iter(self.xs)
    def __add__(self, o):
        return Vec(*(self.xs + list(o)))
    def __radd__(self, o):
        return 'radd'
    def __mul__(self, n):
        return Vec(*(self.xs * n))
    def __neg__(self):
        return Vec(*[-x for x in self.xs])
    def __eq__(self, o):
        return isinstance(o, Vec) and o.xs == self.xs
    def __lt__(self, o):
        return len(self) < len(o)
    def __bool__(self):
        return bool(self.xs)
    def __call__(self, k):
        return k * 2

v = Vec(1, 2, 3)
p = _weakref.proxy(v)
print(type(p).__name__, callable(p), p(4))
print(len(p), p[0], p[-1], 2 in p, 9 in p, list(p), str(p))
p[0] = 10
del p[1]
print(v.xs, p.xs)
print(p + [4], [0] + p, p * 2, -p)
print(p == Vec(10, 3), p != v, p < Vec(1, 2, 3), bool(p))
p.extra = 'set through the proxy'
print(v.extra)
del p.extra
print(hasattr(v, 'extra'))
try:
    hash(p)
except TypeError as e:
    print(e)
q = p
q += [5]
print(type(q).__name__, q)

class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
c = Counter()
pc = _weakref.proxy(c)
print(next(pc), list(pc))
try:
    next(_weakref.proxy(v))
except TypeError as e:
    print(e)

class Plain:
    x = 1
pl = Plain()
pp = _weakref.proxy(pl)
print(type(pp).__name__, callable(pp), pp.x)
print(_weakref.proxy(pl) is pp, _weakref.proxy(pl, lambda w: None) is pp)
try:
    pp()
except TypeError as e:
    print(e)

# Number operations.
class Num:
    def __init__(self, v): self.v = v
    def __sub__(self, o): return self.v - o
    def __rsub__(self, o): return o - self.v
    def __truediv__(self, o): return self.v / o
    def __floordiv__(self, o): return self.v // o
    def __mod__(self, o): return self.v % o
    def __pow__(self, o): return self.v ** o
    def __and__(self, o): return self.v & o
    def __or__(self, o): return self.v | o
    def __xor__(self, o): return self.v ^ o
    def __lshift__(self, o): return self.v << o
    def __rshift__(self, o): return self.v >> o
    def __abs__(self): return abs(self.v)
    def __pos__(self): return +self.v
n = Num(-12)
pn = _weakref.proxy(n)
print(pn - 1, 1 - pn, pn / 4, pn // 5, pn % 5, pn ** 2, pn & 7, pn | 1, pn ^ 3, pn << 1, pn >> 1, abs(pn), +pn)

# Dead proxies.
del v, c, pl, n
for op in (lambda: p.xs, lambda: len(p), lambda: p[0], lambda: p + 1, lambda: str(p), lambda: bool(p),
           lambda: p(1), lambda: iter(p), lambda: 1 in p, lambda: p == 1, lambda: -p):
    try:
        op()
        print('no error')
    except ReferenceError as e:
        print(type(e).__name__, e)
try:
    p.attr = 1
except ReferenceError as e:
    print('set:', e)
print(repr(p).startswith('<weakproxy at '), 'to NoneType at' in repr(p))

# expect: CallableProxyType True 8
# expect: 3 1 3 True False [1, 2, 3] vec of 3
# expect: [10, 3] [10, 3]
# expect: vec of 3 radd vec of 4 vec of 2
# expect: True False True True
# expect: set through the proxy
# expect: False
# expect: unhashable type: 'weakref.CallableProxyType'
# expect: Vec vec of 3
# expect: 1 [2, 3]
# expect: Weakref proxy referenced a non-iterator 'Vec' object
# expect: ProxyType False 1
# expect: True False
# expect: 'weakref.ProxyType' object is not callable
# expect: -13 13 -3.0 -3 3 144 4 -11 -9 -24 -6 12 -12
# expect: ReferenceError weakly-referenced object no longer exists
# expect: ReferenceError weakly-referenced object no longer exists
# expect: ReferenceError weakly-referenced object no longer exists
# expect: ReferenceError weakly-referenced object no longer exists
# expect: ReferenceError weakly-referenced object no longer exists
# expect: ReferenceError weakly-referenced object no longer exists
# expect: ReferenceError weakly-referenced object no longer exists
# expect: ReferenceError weakly-referenced object no longer exists
# expect: ReferenceError weakly-referenced object no longer exists
# expect: ReferenceError weakly-referenced object no longer exists
# expect: ReferenceError weakly-referenced object no longer exists
# expect: set: weakly-referenced object no longer exists
# expect: True True
