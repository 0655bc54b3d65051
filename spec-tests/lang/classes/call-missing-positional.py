class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def move(self, dx, dy, *, scale=1):
        return self.x + dx * scale, self.y + dy * scale

p = Point(1, 2)
for attempt in (lambda: Point(1), lambda: Point(), lambda: p.move(1), lambda: Point.move(p)):
    try:
        attempt()
    except TypeError as e:
        # expect: Point.__init__() missing 1 required positional argument: 'y'
        # expect: Point.__init__() missing 2 required positional arguments: 'x' and 'y'
        # expect: Point.move() missing 1 required positional argument: 'dy'
        # expect: Point.move() missing 2 required positional arguments: 'dx' and 'dy'
        print(e)
p.move()   # raises: TypeError: Point.move() missing 2 required positional arguments: 'dx' and 'dy'
