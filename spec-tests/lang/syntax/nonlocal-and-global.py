def f():
    global x    # raises: SyntaxError: name 'x' is nonlocal and global
    nonlocal x
