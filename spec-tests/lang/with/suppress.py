class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is None:
            return None
        print("exit saw", t.__name__, v)
        return issubclass(t, self.kinds)

with Suppress(KeyError):
    {}["missing"]
print("continued")
try:
    with Suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed:", e)
def f():
    with Suppress(ZeroDivisionError):
        return 1 / 0
    return "after"
print(f())
for i in range(3):
    with Suppress(ValueError):
        if i == 1:
            raise ValueError(i)
        print("iteration", i)
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return [1]
with Truthy():
    raise RuntimeError("swallowed by a truthy list")
print("done")

# expect: exit saw KeyError 'missing'
# expect: continued
# expect: exit saw IndexError list index out of range
# expect: not suppressed: list index out of range
# expect: exit saw ZeroDivisionError division by zero
# expect: after
# expect: iteration 0
# expect: exit saw ValueError 1
# expect: iteration 2
# expect: done
