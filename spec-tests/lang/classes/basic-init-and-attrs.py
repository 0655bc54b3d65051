class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p.x, p.y, p.norm1())    # expect: 3 -4 7
p.z = 5
print(sorted(p.__dict__))     # expect: ['x', 'y', 'z']
print(type(p).__name__)       # expect: Point
