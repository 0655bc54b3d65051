# async for in a comprehension checks what it iterates as the statement
# does; exceptions from __anext__ propagate.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def over_list():
    return [x async for x in [1, 2]]

async def inner_over_list():
    return [x async for y in aiter_of([1]) async for x in 5]

async def aiter_of(items):
    for i in items:
        yield i

class Broken:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise KeyError("from __anext__")

async def broken():
    return {x async for x in Broken()}

for f in (over_list, inner_over_list, broken):
    try:
        run(f())
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

# expect: over_list TypeError 'async for' requires an object with __aiter__ method, got tuple
# expect: inner_over_list TypeError 'async for' requires an object with __aiter__ method, got int
# expect: broken KeyError 'from __anext__'
