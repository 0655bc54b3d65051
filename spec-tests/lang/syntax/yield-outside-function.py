def f(x=(yield)):    # raises: SyntaxError: 'yield' outside function
    pass
