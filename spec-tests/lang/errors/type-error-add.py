print(1 + 1)   # expect: 2
x = 1 + 'a'    # raises: TypeError: unsupported operand type(s) for +: 'int' and 'str'
