class A:
    def __iter__(self):
        raise ValueError("from __iter__")   # raises: ValueError: from __iter__

print("start")   # expect: start
[x for x in A()]
