# __exit__ is fetched before __enter__ runs: replacing it in __enter__
# does not change which one is called.
class M:
    def __enter__(self):
        M.__exit__ = lambda self, *a: print("new exit")
        return self
    def __exit__(self, *a):
        print("old exit")
with M():
    pass
with M():
    pass

# expect: old exit
# expect: new exit
