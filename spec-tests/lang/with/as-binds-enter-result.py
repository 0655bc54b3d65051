# `as` binds what __enter__ returns, not the manager.
class M:
    def __enter__(self):
        return "the result"
    def __exit__(self, *args):
        pass
m = M()
with m as x:
    print(x, x is m)
print(x)
with m:
    pass

# expect: the result False
# expect: the result
