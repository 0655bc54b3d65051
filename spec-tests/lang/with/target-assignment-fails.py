# Unpacking __enter__'s result into the target can fail: __exit__ sees it.
class M:
    def __enter__(self):
        return (1, 2, 3)
    def __exit__(self, kind, exc, tb):
        print("exit", kind.__name__, exc)
        return True
with M() as (a, b):
    print("never")
print("after")

# expect: exit ValueError too many values to unpack (expected 2)
# expect: after
