def f(a):
    b = *a,
    return *a    # raises: SyntaxError: can't use starred expression here
