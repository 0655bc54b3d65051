class A(42):   # raises: TypeError: int() takes at most 2 arguments (3 given)
    pass
