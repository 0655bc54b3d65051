class A:
    def __bool__(self):
        raise ValueError("cannot decide")   # raises: ValueError: cannot decide

try:
    if A():
        pass
except ValueError as e:
    print("caught", e)   # expect: caught cannot decide
not A()
