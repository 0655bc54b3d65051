# An exception re-raised by the handler keeps the body's line.
class M:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("exit called")
def f(d):
    with M():
        return d["key"]    # raises: KeyError: 'key'
f({})

# expect: exit called
