class A(x=1, x=2):    # raises: SyntaxError: keyword argument repeated: x
    pass
