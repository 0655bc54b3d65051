# Testing __exit__'s result calls __bool__, which may itself raise.
class Bad:
    def __bool__(self):
        raise OverflowError("no truth")
class M:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        return Bad()
try:
    with M():
        raise KeyError("k")
except OverflowError as e:
    print(type(e).__name__, e, repr(e.__context__))
with M():
    print("normal exit ignores the result")

# expect: OverflowError no truth KeyError('k')
# expect: normal exit ignores the result
