class A:
    yield 1    # raises: SyntaxError: 'yield' outside function
