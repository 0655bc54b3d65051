def inner():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v

def outer():
    result = yield from inner()
    print("inner returned", result)
    yield "outer done"

g = outer()
print(next(g))
print(g.send(5))
print(g.send(7))
print(g.send(None))
print(g.gi_yieldfrom)

# expect: 0
# expect: 5
# expect: 12
# expect: inner returned 12
# expect: outer done
# expect: None
