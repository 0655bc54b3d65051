for *x, in [[1]]:
    pass
for *x in [[1]]:    # raises: SyntaxError: starred assignment target must be in a list or tuple
    pass
