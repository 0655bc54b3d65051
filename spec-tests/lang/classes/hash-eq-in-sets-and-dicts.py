class G:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return f"G{self.v}"
print(sorted([G(2), G(1), G(3)]), max([G(2), G(5)]), min(G(4), G(3)))   # expect: [G1, G2, G3] G5 G3
class P:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __repr__(self): return f"P({self.x},{self.y})"
s = {P(1, 2), P(1, 2), P(2, 1)}
print(len(s), P(1, 2) in s, sorted(s, key=lambda p: p.x))   # expect: 2 True [P(1,2), P(2,1)]
fs = frozenset([P(0, 0)])
print(P(0, 0) in fs, {P(0, 0)} == fs, {P(0,0)} | {P(1,1)} == {P(1,1), P(0,0)})   # expect: True True True
d = {}
d[P(1, 1)] = "a"
d[P(1, 1)] = "b"
print(d, d.get(P(1, 1)), d.pop(P(1, 1)), d)   # expect: {} b b {}
print({P(1, 2): 1} == {P(1, 2): 1})   # expect: True
print(len(set([P(1, 1), P(1, 1), P(2, 2)])))   # expect: 2
class Same:
    def __hash__(self): return 42
a, b = Same(), Same()
print(len({a, b}), hash(a) == hash(b))   # expect: 2 True
class Neg:
    def __hash__(self): return -1
print(hash(Neg()), hash(-1))   # expect: -2 -2
class Bool:
    def __hash__(self): return True
print(hash(Bool()))   # expect: 1
