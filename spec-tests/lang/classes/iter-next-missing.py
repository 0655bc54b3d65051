class A:
    def __iter__(self):
        return self

next(A())   # raises: TypeError: 'A' object is not an iterator
