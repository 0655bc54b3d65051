class NextOnly:
    def __init__(self): self.n = 0
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
class Iterable:
    def __iter__(self): return NextOnly()
print(list(Iterable()), [x * 2 for x in Iterable()], sum(Iterable()))   # expect: [1, 2, 3] [2, 4, 6] 6
class P:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, P) and self.v == o.v
    def __hash__(self): return hash(self.v)
    def __repr__(self): return f"P{self.v}"
a, b = {P(1), P(2)}, {P(2), P(3)}
print(sorted(a | b, key=lambda p: p.v), a & b, sorted(a - b, key=lambda p: p.v), sorted(a ^ b, key=lambda p: p.v))   # expect: [P1, P2, P3] {P2} [P1] [P1, P3]
print(P(2) in a & b, {P(1)} <= a, a.isdisjoint({P(9)}))   # expect: True True True
class KeyFn:
    def __init__(self, attr): self.attr = attr
    def __call__(self, obj): return getattr(obj, self.attr)
class R:
    def __init__(self, a, b): self.a, self.b = a, b
    def __repr__(self): return f"R({self.a},{self.b})"
rs = [R(2, "x"), R(1, "z"), R(3, "y")]
print(sorted(rs, key=KeyFn("a")), sorted(rs, key=KeyFn("b")), max(rs, key=KeyFn("a")))   # expect: [R(1,z), R(2,x), R(3,y)] [R(2,x), R(3,y), R(1,z)] R(3,y)
class Boom:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 2 or o.v == 2: raise ValueError("cannot compare 2")
        return self.v < o.v
items = [Boom(3), Boom(1), Boom(2)]
try:
    items.sort()
except ValueError as e:
    print(e, len(items))   # expect: cannot compare 2 3
