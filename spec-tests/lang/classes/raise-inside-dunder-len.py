class A:
    def __len__(self):
        raise ValueError("from __len__")   # raises: ValueError: from __len__

print("start")   # expect: start
bool(A())
