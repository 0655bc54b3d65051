with open("f") as f    # raises: SyntaxError: expected ':'
    pass
