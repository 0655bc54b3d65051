# as-targets can be globals, nonlocals and cells.
class M:
    def __init__(self, v):
        self.v = v
    def __enter__(self):
        return self.v
    def __exit__(self, *a):
        pass
def outer():
    x = 0
    def inner():
        nonlocal x
        with M(5) as x:
            pass
    inner()
    with M(6) as y:
        get = lambda: y
    return x, get()
def setg():
    global G
    with M("g") as G:
        pass
setg()
print(outer(), G)

# expect: (5, 6) g
