# return inside with: the value is computed, __exit__ runs, the caller gets it.
class M:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("exit", a)
        return True
def f(x):
    with M():
        return x * 2
def g():
    with M():
        return
def h():
    with M() as m:
        return m is not None
print(f(21))
print(g())
print(h())

# expect: exit (None, None, None)
# expect: 42
# expect: exit (None, None, None)
# expect: None
# expect: exit (None, None, None)
# expect: True
