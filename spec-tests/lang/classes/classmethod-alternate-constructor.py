class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    @classmethod
    def origin(cls):
        return cls(0, 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.x}, {self.y})"

class Point3(Point):
    def __init__(self, x, y, z=0):
        super().__init__(x, y)
        self.z = z

print(Point.origin())   # expect: Point(0, 0)
print(Point3.origin())   # expect: Point3(0, 0)
print(Point3.origin().z)   # expect: 0
