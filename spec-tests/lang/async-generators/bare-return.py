# A bare return ends the generator: StopAsyncIteration, and so the end
# of an async for.
async def until(limit):
    n = 0
    while True:
        if n == limit:
            return
        yield n
        n += 1

async def collect():
    return [x async for x in until(3)]

try:
    collect().send(None)
except StopIteration as e:
    print(e.value)
g = until(0)
try:
    g.__anext__().send(None)
except StopAsyncIteration as e:
    print("StopAsyncIteration", e.args)

# expect: [0, 1, 2]
# expect: StopAsyncIteration ()
