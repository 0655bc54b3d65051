print(2 ** 100 % 3)  # expect: 1
2 ** 100 % 0         # raises: ZeroDivisionError: integer modulo by zero
