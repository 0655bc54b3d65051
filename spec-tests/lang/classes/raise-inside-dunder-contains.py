class A:
    def __contains__(self, x):
        raise ValueError("from __contains__")   # raises: ValueError: from __contains__

print("start")   # expect: start
1 in A()
