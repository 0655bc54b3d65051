__debug__: int    # raises: SyntaxError: cannot assign to __debug__
