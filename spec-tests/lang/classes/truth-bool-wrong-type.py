class A:
    def __bool__(self):
        return 1

bool(A())   # raises: TypeError: __bool__ should return bool, returned int
