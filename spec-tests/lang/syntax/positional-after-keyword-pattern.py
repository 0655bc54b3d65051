match point:
    case Point(x=0, y):    # raises: SyntaxError: positional patterns follow keyword patterns
        pass
