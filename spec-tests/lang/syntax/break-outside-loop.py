if True:
    break    # raises: SyntaxError: 'break' outside loop
