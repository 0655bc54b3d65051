a, *b = [1, 2, 3]
a, *b, *c = [1, 2, 3]    # raises: SyntaxError: multiple starred expressions in assignment
