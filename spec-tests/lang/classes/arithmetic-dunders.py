class M:
    def __init__(self, v): self.v = v
    def __add__(self, o): return M(self.v + (o.v if isinstance(o, M) else o))
    def __radd__(self, o): return M(o + self.v)
    def __mul__(self, o): return M(self.v * o)
    def __neg__(self): return M(-self.v)
    def __abs__(self): return M(abs(self.v))
    def __repr__(self): return f"M({self.v})"
print(M(1) + M(2), M(1) + 5, 5 + M(1), M(3) * 2, -M(4), abs(M(-6)))   # expect: M(3) M(6) M(6) M(6) M(-4) M(6)
print(sum([M(1), M(2)]))                                               # expect: M(3)
try:
    M(1) - M(2)
except TypeError as e:
    print(e)                                                           # expect: unsupported operand type(s) for -: 'M' and 'M'
