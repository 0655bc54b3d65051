class A:
    def __iter__(self):
        return iter([1, 2])

class B(A):
    __contains__ = None

print(2 in A())   # expect: True
2 in B()   # raises: TypeError: 'B' object is not a container
