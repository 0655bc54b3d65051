del print()    # raises: SyntaxError: cannot delete function call
