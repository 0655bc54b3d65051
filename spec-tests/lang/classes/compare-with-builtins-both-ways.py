class Temperature:
    def __init__(self, c): self.c = c
    def __eq__(self, o):
        if isinstance(o, Temperature): return self.c == o.c
        if isinstance(o, (int, float)): return self.c == o
        return NotImplemented
    def __lt__(self, o):
        if isinstance(o, Temperature): return self.c < o.c
        if isinstance(o, (int, float)): return self.c < o
        return NotImplemented
    def __le__(self, o): return self == o or self < o
    def __hash__(self): return hash(self.c)
    def __repr__(self): return f"{self.c}C"
ts = [Temperature(30), Temperature(10), Temperature(20)]
print(sorted(ts), Temperature(10) == 10, 10 == Temperature(10), 10.0 == Temperature(10))   # expect: [10C, 20C, 30C] True True True
print(Temperature(5) < 6, 6 > Temperature(5), Temperature(5) <= Temperature(5), Temperature(1) != 1)   # expect: True True True False
print(5 in [Temperature(5)], Temperature(5) in {5}, {Temperature(5): "a"}[5])   # expect: True True a
try:
    Temperature(1) < "hot"
except TypeError as e:
    print(e)   # expect: '<' not supported between instances of 'Temperature' and 'str'
try:
    "hot" > Temperature(1)
except TypeError as e:
    print(e)   # expect: '>' not supported between instances of 'str' and 'Temperature'
print(Temperature(1) == "hot", "hot" != Temperature(1))   # expect: False True
