class A:
    def __next__(self):
        raise ValueError("from __next__")   # raises: ValueError: from __next__

print("start")   # expect: start
next(A())
