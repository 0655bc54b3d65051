eval('1', {}, {}, 1)    # raises: TypeError: eval expected at most 3 arguments, got 4
