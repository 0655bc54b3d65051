class A:
    x = 1
    return x    # raises: SyntaxError: 'return' outside function
