class A:
    def __len__(self):
        return 1

class B(A):
    __bool__ = None

print(bool(A()))   # expect: True
bool(B())   # raises: TypeError: 'NoneType' object is not callable
