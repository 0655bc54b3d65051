class A:
    def __init__(self): return 1
A()   # raises: TypeError: __init__() should return None, not 'int'
