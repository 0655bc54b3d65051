class A:
    class _D:
        def __get__(self, o, t):
            return 1
        def __delete__(self, o):
            raise ValueError("from __delete__")   # raises: ValueError: from __delete__
    d = _D()

print("start")   # expect: start
del A().d
