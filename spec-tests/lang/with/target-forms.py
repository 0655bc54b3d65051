class CM:
    def __init__(self, value):
        self.value = value
    def __enter__(self):
        return self.value
    def __exit__(self, *a):
        pass

with CM((1, 2)) as (a, b):
    print(a, b)
with CM([1, 2, 3]) as (first, *rest):
    print(first, rest)
d = {}
with CM("v") as d["key"]:
    pass
print(d)
class O:
    pass
o = O()
with CM(7) as o.attr:
    pass
print(o.attr)
def f():
    with CM(10) as local:
        pass
    return local
print(f())
def g():
    x = 0
    def inner():
        nonlocal x
        with CM(5) as x:
            pass
    inner()
    return x
print(g())

# expect: 1 2
# expect: 1 [2, 3]
# expect: {'key': 'v'}
# expect: 7
# expect: 10
# expect: 5
