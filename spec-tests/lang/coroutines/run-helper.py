def run(coro):
    """A minimal event loop: send None until the coroutine finishes."""
    yielded = []
    try:
        while True:
            yielded.append(coro.send(None))
    except StopIteration as e:
        return e.value, yielded

class Suspend:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        got = yield self.value
        return (self.value, got)

async def inner(n):
    a = await Suspend(n)
    b = await Suspend(n + 1)
    return a, b

async def outer():
    first = await inner(1)
    second = await inner(10)
    return first, second

print(run(outer()))
async def nothing():
    return 42
print(run(nothing()))
c = nothing()
c.cr_code
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_await)
print(repr(c).startswith("<coroutine object nothing at 0x"))
print(run(c))
try:
    c.send(None)
except RuntimeError as e:
    print(e)

# expect: ((((1, None), (2, None)), ((10, None), (11, None))), [1, 2, 10, 11])
# expect: (42, [])
# expect: coroutine nothing nothing False None
# expect: True
# expect: (42, [])
# expect: cannot reuse already awaited coroutine
