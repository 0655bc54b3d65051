options = {}
x = (**options)    # raises: SyntaxError: cannot use double starred expression here
