# The dunders go through the descriptor protocol: staticmethod,
# classmethod, a callable object (not bound), a property.
class Callable:
    def __call__(self, *args):
        print("callable exit", len(args))
class M:
    @staticmethod
    def __enter__():
        return "static"
    __exit__ = Callable()
with M() as v:
    print(v)
class N:
    @classmethod
    def __enter__(cls):
        return cls.__name__
    @property
    def __exit__(self):
        print("property read")
        return lambda *a: print("exit from property")
with N() as v:
    print(v)

# expect: static
# expect: callable exit 3
# expect: property read
# expect: N
# expect: exit from property
