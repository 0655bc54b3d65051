class A:
    def __getitem__(self, i):
        if i < 2:
            return i
        raise IndexError

class B(A):
    __iter__ = None

print(list(A()))   # expect: [0, 1]
iter(B())   # raises: TypeError: 'B' object is not iterable
