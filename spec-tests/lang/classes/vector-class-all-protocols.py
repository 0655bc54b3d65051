class Vec:
    def __init__(self, *c): self.c = c
    def __repr__(self): return f"Vec{self.c}"
    def __add__(self, o):
        if not isinstance(o, Vec): return NotImplemented
        return Vec(*[a + b for a, b in zip(self.c, o.c)])
    def __mul__(self, k):
        if isinstance(k, Vec): return sum([a * b for a, b in zip(self.c, k.c)])
        return Vec(*[a * k for a in self.c])
    __rmul__ = __mul__
    def __neg__(self): return self * -1
    def __abs__(self): return sum([a * a for a in self.c]) ** 0.5
    def __eq__(self, o): return isinstance(o, Vec) and self.c == o.c
    def __hash__(self): return hash(self.c)
    def __bool__(self): return any(self.c)
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __iter__(self): return iter(self.c)
    def __contains__(self, x): return x in self.c
    def __lt__(self, o): return abs(self) < abs(o)
v, w = Vec(3, 4), Vec(1, 2)
print(v + w, v * 2, 2 * v, v * w, -v, abs(v))   # expect: Vec(4, 6) Vec(6, 8) Vec(6, 8) 11 Vec(-3, -4) 5.0
print(v == Vec(3, 4), v != w, {v: 1}[Vec(3, 4)], bool(Vec(0, 0)), len(v))   # expect: True True 1 False 2
print(v[0], v[-1], v[0:1], list(v), 4 in v, 5 in v, sorted([v, w]))   # expect: 3 4 (3,) [3, 4] True False [Vec(1, 2), Vec(3, 4)]
print(max(v, w), min([v, w]), w < v, v > w)   # expect: Vec(3, 4) Vec(1, 2) True True
try:
    v + 1
except TypeError as e:
    print(e)   # expect: unsupported operand type(s) for +: 'Vec' and 'int'
try:
    v <= w
except TypeError as e:
    print(e)   # expect: '<=' not supported between instances of 'Vec' and 'Vec'
s = v
s += w
print(s, v, s is v)   # expect: Vec(4, 6) Vec(3, 4) False
s *= 2
print(s)   # expect: Vec(8, 12)
