def f():
    print(x)
    global x    # raises: SyntaxError: name 'x' is used prior to global declaration
