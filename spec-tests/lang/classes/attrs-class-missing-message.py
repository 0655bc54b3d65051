class A:
    pass

A.nothing   # raises: AttributeError: type object 'A' has no attribute 'nothing'
