x = 1
if x    # raises: SyntaxError: expected ':'
    pass
