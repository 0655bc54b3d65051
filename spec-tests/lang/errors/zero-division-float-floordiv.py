print(7.0 // 2)  # expect: 3.0
7.0 // 0         # raises: ZeroDivisionError: float floor division by zero
