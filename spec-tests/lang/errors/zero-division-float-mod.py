print(7.5 % 2)   # expect: 1.5
7.5 % 0          # raises: ZeroDivisionError: float modulo
