class __debug__:    # raises: SyntaxError: cannot assign to __debug__
    pass
