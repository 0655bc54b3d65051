def g(x):
    yield
    yield x
    y = yield x + 1
    z = (yield) or (yield 2)
    return y, z
