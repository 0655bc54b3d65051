class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def norm(self, *args, scale=1, **kw):
        return (self.x ** 2 + self.y ** 2) * scale
