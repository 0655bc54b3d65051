def f():
    return 1
f(): int    # raises: SyntaxError: illegal target for annotation
