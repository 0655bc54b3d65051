class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        if isinstance(other, (int, float)):
            return Meters(self.v + other)
        return NotImplemented
    __radd__ = __add__
    def __repr__(self):
        return f"Meters({self.v})"

print(Meters(1) + Meters(2))   # expect: Meters(3)
print(Meters(1) + 2.5)   # expect: Meters(3.5)
print(3 + Meters(1))   # expect: Meters(4)
print(sum([Meters(1), Meters(2), Meters(3)]))   # expect: Meters(6)
Meters(1) + "a"   # raises: TypeError: unsupported operand type(s) for +: 'Meters' and 'str'
