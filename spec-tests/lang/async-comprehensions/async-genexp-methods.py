# An async generator expression has the methods of any async generator.
async def agen():
    try:
        for i in range(10):
            yield i
    finally:
        print("source closed")

async def main():
    source = agen()
    g = (x * 2 async for x in source)
    print(await g.__anext__(), await g.asend(None))
    await g.aclose()
    print(await g.asend(None) if False else "closed genexp")
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")
    await source.aclose()
    return "done"

try:
    main().send(None)
except StopIteration as e:
    print(e.value)

# expect: 0 2
# expect: closed genexp
# expect: StopAsyncIteration
# expect: source closed
# expect: done
