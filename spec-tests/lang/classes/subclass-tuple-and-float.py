class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
    @property
    def y(self): return self[1]
    def __repr__(self): return f"Point{tuple.__repr__(self)}"

p = Point(1, 2)
print(p, p.x, p.y, len(p), p + (3,), type(p + (3,)).__name__, p == (1, 2), hash(p) == hash((1, 2)))   # expect: Point(1, 2) 1 2 2 (1, 2, 3) tuple True True

class Celsius(float):
    def __str__(self): return f"{float(self):.1f}C"
c = Celsius(21.456)
print(c, c + 1, type(c + 1).__name__, isinstance(c, float), round(c, 1))   # expect: 21.5C 22.456 float True 21.5
