def outer():
    return lambda x, /, y, *x: 0    # raises: SyntaxError: duplicate argument 'x' in function definition
