class A:
    def __call__(self):
        raise ValueError("from __call__")   # raises: ValueError: from __call__

print("start")   # expect: start
A()()
