def f(y):
    return {k: (yield k) for k in y}    # raises: SyntaxError: 'yield' inside dict comprehension
