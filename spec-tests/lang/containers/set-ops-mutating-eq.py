# Set algebra and comparisons whose element __eq__ changes the sets.
class E:
    def __init__(self, v, victim=None): self.v, self.victim = v, victim
    def __hash__(self): return 4
    def __eq__(self, other):
        if self.victim is not None and self.victim:
            self.victim.pop()
        return isinstance(other, E) and self.v == other.v
    def __repr__(self): return 'E%d' % self.v
a = set()
b = {E(1), E(2)}
a.add(E(1, b))
a.add(E(3))
print(sorted([x.v for x in a & b]), len(b))  # expect: [] 0
a = {E(1), E(2)}
b = set()
b.add(E(1, a))
print(len(a - b) <= 2, len(a))  # expect: True 0
a = {E(1), E(2)}
b = {E(1), E(2)}
c = set()
c.add(E(1, a))
c.add(E(2))
print(c == b, c <= b, len(a))  # expect: True True 1
x = {E(5)}
y = {E(5)}
print(x == y, x.issubset(y), x.isdisjoint(y), x ^ y)  # expect: True True False set()
