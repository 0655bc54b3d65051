def f():
    return [x for x in range(3) for y in [lambda: (z := x)]]    # raises: SyntaxError: assignment expression cannot be used in a comprehension iterable expression
