class A:
    pass

class B:
    pass

super(A, B())   # raises: TypeError: super(type, obj): obj must be an instance or subtype of type
