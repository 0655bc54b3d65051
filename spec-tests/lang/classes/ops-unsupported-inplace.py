class A:
    pass

x = A()
x += 1   # raises: TypeError: unsupported operand type(s) for +=: 'A' and 'int'
