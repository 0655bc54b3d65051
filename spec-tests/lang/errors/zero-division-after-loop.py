for i in range(3, -1, -1):
    print(12 // i)   # raises: ZeroDivisionError: integer division or modulo by zero
# expect: 4
# expect: 6
# expect: 12
