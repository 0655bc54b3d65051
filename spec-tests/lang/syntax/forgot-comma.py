print(1 2)    # raises: SyntaxError: invalid syntax. Perhaps you forgot a comma?
