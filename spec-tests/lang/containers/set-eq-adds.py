# A set element's __eq__ adds elements (enough to rebuild the table) while
# the set is being searched or added to.
class E:
    calls = 0
    def __init__(self, v): self.v = v
    def __hash__(self): return 2
    def __eq__(self, other):
        E.calls += 1
        if len(s) < 30:
            s.update(range(100, 130))
        return self.v == other.v
s = {E(1)}
print(E(1) in s, E.calls, len(s))  # expect: True 2 31
s = {E(1)}
E.calls = 0
s.add(E(1))
print(E.calls, len(s))  # expect: 1 31
s = {E(1)}
E.calls = 0
s.add(E(2))
print(E.calls, len(s))  # expect: 2 32
