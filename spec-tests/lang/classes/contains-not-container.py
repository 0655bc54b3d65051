class A:
    pass

1 in A()   # raises: TypeError: argument of type 'A' is not iterable
