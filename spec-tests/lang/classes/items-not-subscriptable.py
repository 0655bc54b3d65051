class A:
    pass

A()[0]   # raises: TypeError: 'A' object is not subscriptable
