class A:
    def __add__(self, other):
        print("A.__add__")
        return NotImplemented

class B:
    def __radd__(self, other):
        print("B.__radd__")
        return NotImplemented

# expect: A.__add__
# expect: B.__radd__
A() + B()   # raises: TypeError: unsupported operand type(s) for +: 'A' and 'B'
