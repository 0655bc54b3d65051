print(1.5 / 3)  # expect: 0.5
x = 0.0
y = 2 / x       # raises: ZeroDivisionError: float division by zero
