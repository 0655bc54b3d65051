def delegate(it):
    r = yield from it
    yield from (r, r)
    return (yield from delegate(r))
