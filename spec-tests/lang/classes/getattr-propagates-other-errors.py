class A:
    def __getattr__(self, name):
        raise KeyError(name)   # raises: KeyError: 'y'

try:
    getattr(A(), "x", "default")
except KeyError as e:
    print("KeyError escaped getattr", e)   # expect: KeyError escaped getattr 'x'
hasattr(A(), "y")
