1 = x    # raises: SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?
