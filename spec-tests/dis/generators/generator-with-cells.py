def outer(a):
    def inner():
        return a
    yield inner
    b = a
    yield (lambda: b)
def closure_gen():
    x = 1
    def g():
        yield x
    return g
