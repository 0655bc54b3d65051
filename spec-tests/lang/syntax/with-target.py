with open("f") as f(): pass    # raises: SyntaxError: cannot assign to function call
