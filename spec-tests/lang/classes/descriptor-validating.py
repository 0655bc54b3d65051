class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive, got {value}")   # raises: ValueError: height must be positive, got -2
        setattr(obj, self.name, value)

class Box:
    width = Positive()
    height = Positive()
    def __init__(self, w, h):
        self.width = w
        self.height = h

b = Box(3, 4)
print(b.width * b.height)   # expect: 12
print(sorted(b.__dict__))   # expect: ['_height', '_width']
print(type(Box.width).__name__)   # expect: Positive
Box(1, -2)
