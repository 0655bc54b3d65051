class Shape:
    def __init__(self):
        self.label = self.describe()
    def describe(self):
        return "shape"

class Square(Shape):
    def describe(self):
        return "square"

print(Shape().label, Square().label)   # expect: shape square
print(Square.describe(Square()), Shape.describe(Square()))   # expect: square shape
