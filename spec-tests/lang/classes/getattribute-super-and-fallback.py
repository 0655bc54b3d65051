class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattribute__(self, name):
        if name.startswith("_"):
            return super().__getattribute__(name)
        return getattr(object.__getattribute__(self, "_target"), name)
    def __getattr__(self, name):
        return "never reached for " + name

p = Proxy([3, 1, 2])
print(p.count(1), p.index(2), p._target)   # expect: 1 2 [3, 1, 2]
try:
    p.nothing
except AttributeError as e:
    print(e)
