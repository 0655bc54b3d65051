print("never printed")
x =    # raises: SyntaxError: invalid syntax
