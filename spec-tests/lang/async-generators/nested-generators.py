# Async generators consuming async generators, and awaiting another
# one's steps directly.
class Yield:
    def __await__(self):
        yield "loop"

async def source(n):
    for i in range(n):
        await Yield()
        yield i

async def doubled(agen):
    async for x in agen:
        yield x * 2

async def pairs():
    inner = source(4)
    while True:
        try:
            a = await inner.__anext__()
            b = await inner.asend(None)
        except StopAsyncIteration:
            return
        yield a, b

async def main():
    return [x async for x in doubled(source(3))], [p async for p in pairs()]

def run(coro):
    loops = 0
    try:
        while True:
            coro.send(None)
            loops += 1
    except StopIteration as e:
        return e.value, loops

print(run(main()))

# expect: (([0, 2, 4], [(0, 1), (2, 3)]), 7)
