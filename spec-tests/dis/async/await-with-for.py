async def f(a, b):
    x = await a
    async with a as c, b:
        await c
        return x
    async for i in a:
        if i: break
        if i: continue
        await i
    else:
        pass
    for j in b:
        async with a:
            return j
async def g():
    try:
        async with x:
            pass
    finally:
        pass
