def f():
    global x
    x: int    # raises: SyntaxError: annotated name 'x' can't be global
