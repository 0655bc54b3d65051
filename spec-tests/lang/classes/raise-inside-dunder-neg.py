class A:
    def __neg__(self):
        raise ValueError("from __neg__")   # raises: ValueError: from __neg__

print("start")   # expect: start
-A()
