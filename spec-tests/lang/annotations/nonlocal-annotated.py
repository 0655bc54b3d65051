def g():
    y = 1
    def f():
        nonlocal y
        y: int = 2    # raises: SyntaxError: annotated name 'y' can't be nonlocal
