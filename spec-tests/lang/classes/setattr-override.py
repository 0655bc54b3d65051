class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")   # raises: AttributeError: cannot set v
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name}")

f = Frozen(3)
print(f.v)   # expect: 3
try:
    del f.v
except AttributeError as e:
    print(e)   # expect: cannot delete v
f.v = 4
