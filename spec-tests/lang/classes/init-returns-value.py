class A:
    def __init__(self):
        return 5

A()   # raises: TypeError: __init__() should return None, not 'int'
