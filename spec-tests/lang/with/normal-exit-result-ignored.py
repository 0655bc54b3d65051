# On the normal path __exit__'s result is dropped, whatever it is.
class M:
    def __init__(self, r):
        self.r = r
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return self.r
for r in (True, False, None, "x"):
    with M(r):
        value = r
    print("after", repr(value))

# expect: after True
# expect: after False
# expect: after None
# expect: after 'x'
