class K:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, K) and o.k == self.k
    def __hash__(self): return hash(self.k)
    def __repr__(self): return f"K({self.k})"
d = {K(1): "one", K(2): "two"}
print(d[K(1)], K(2) in d, K(3) in d, sorted(d.values()))   # expect: one True False ['one', 'two']
xs = [K(1), K(2), K(1)]
print(xs.count(K(1)), xs.index(K(2)), K(2) in xs)          # expect: 2 1 True
xs.remove(K(1))
print(xs, {K(1), K(1)})                                     # expect: [K(2), K(1)] {K(1)}
