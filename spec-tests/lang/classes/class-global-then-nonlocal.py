class A:
    global x
    x = 1
    nonlocal x    # raises: SyntaxError: name 'x' is assigned to before nonlocal declaration
