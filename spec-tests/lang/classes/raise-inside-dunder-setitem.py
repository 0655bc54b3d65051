class A:
    def __setitem__(self, k, v):
        raise ValueError("from __setitem__")   # raises: ValueError: from __setitem__

print("start")   # expect: start
A()[0] = 1
