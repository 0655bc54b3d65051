class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"V({self.v})"
xs = [V(3), V(1), V(2)]
print(sorted(xs), min(xs), max(xs))   # expect: [V(1), V(2), V(3)] V(1) V(3)
print(V(1) > V(0))                    # expect: True
try:
    V(1) <= V(2)
except TypeError as e:
    print(e)                          # expect: '<=' not supported between instances of 'V' and 'V'
