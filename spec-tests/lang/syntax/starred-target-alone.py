*d, = [1, 2]
*d = [1, 2]    # raises: SyntaxError: starred assignment target must be in a list or tuple
