class A:
    def __getitem__(self, i):
        raise ValueError("from __getitem__")   # raises: ValueError: from __getitem__

print("start")   # expect: start
list(A())
