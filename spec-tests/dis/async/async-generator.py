async def agen(source, limit):
    yield
    sent = yield limit
    try:
        async for item in source:
            if item is None:
                return
            yield item, await sent
    finally:
        await source.aclose()
        yield "closing"
    async with source as s:
        yield s
class C:
    async def method(self):
        def inner():
            yield self
        yield inner
