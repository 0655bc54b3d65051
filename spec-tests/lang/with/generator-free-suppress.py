# A suppress() like contextlib's, with subclass matching and a tuple of types.
class suppress:
    def __init__(self, *exceptions):
        self._exceptions = exceptions
    def __enter__(self):
        pass
    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)
with suppress(LookupError):
    {}["k"]
print("KeyError is a LookupError")
with suppress(IndexError, KeyError):
    [][1]
print("tuple of kinds")
with suppress(ArithmeticError):
    int("no")    # raises: ValueError: invalid literal for int() with base 10: 'no'

# expect: KeyError is a LookupError
# expect: tuple of kinds
