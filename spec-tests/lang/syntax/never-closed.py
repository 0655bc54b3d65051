x = [1, 2,    # raises: SyntaxError: '[' was never closed
y = 3
