class A:
    def __iter__(self):
        return [1, 2]

iter(A())   # raises: TypeError: iter() returned non-iterator of type 'list'
