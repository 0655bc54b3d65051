class A:
    def __radd__(self, other):
        raise ValueError("from __radd__")   # raises: ValueError: from __radd__

print("start")   # expect: start
1 + A()
