def f():
    x = 1
    del x
    return x    # raises: UnboundLocalError: cannot access local variable 'x' where it is not associated with a value
f()
