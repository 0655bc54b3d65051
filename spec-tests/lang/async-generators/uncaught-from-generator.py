# An exception raised in an async generator travels out through the
# await of its step, the async for, and the coroutine.
async def failing():
    yield 1
    raise ValueError("bad item")    # raises: ValueError: bad item

async def main():
    async for x in failing():
        print("got", x)

main().send(None)

# expect: got 1
