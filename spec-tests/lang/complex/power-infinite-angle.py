print(complex(0, 2) ** 3, complex(2, 0) ** float('inf'))  # expect: (-0-8j) (nan+nanj)
complex(-0.5, -2) ** float('inf')  # raises: ZeroDivisionError: 0.0 to a negative or complex power
