class A:
    def __lt__(self, other):
        raise ValueError("from __lt__")   # raises: ValueError: from __lt__

print("start")   # expect: start
sorted([A(), A()])
