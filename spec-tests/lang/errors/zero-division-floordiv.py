x = 0
print(7 // 2)  # expect: 3
print(7 // x)  # raises: ZeroDivisionError: integer division or modulo by zero
