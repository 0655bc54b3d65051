class A:
    def __len__(self):
        return -1

bool(A())   # raises: ValueError: __len__() should return >= 0
