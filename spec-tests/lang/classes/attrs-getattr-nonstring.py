class A:
    pass

getattr(A(), 1)   # raises: TypeError: attribute name must be string, not 'int'
