x = 1
(True := x)    # raises: SyntaxError: cannot use assignment expressions with True
