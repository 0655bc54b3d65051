def f():
    return 1
f() = 1    # raises: SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?
