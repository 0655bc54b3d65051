class A:
    pass

class B(A, A):   # raises: TypeError: duplicate base class A
    pass
