class A:
    def __radd__(self, other):
        return "radd"

print(1 + A())   # expect: radd
A() + A()   # raises: TypeError: unsupported operand type(s) for +: 'A' and 'A'
