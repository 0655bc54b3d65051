if True:
        x = 1
    y = 2    # raises: IndentationError: unindent does not match any outer indentation level
