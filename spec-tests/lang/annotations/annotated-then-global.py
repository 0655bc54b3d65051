def f():
    x: int
    global x    # raises: SyntaxError: annotated name 'x' can't be global
