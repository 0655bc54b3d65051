class A:
    def __eq__(self, other):
        raise ValueError("from __eq__")   # raises: ValueError: from __eq__

print("start")   # expect: start
[1, 2].index(A())
