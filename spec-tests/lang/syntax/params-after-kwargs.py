def f(a, *args, **kwargs, b):    # raises: SyntaxError: arguments cannot follow var-keyword argument
    pass
