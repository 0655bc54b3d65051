async def f(a, b, w):
    x = [i async for i in a]
    y = {i: j async for i in a if i async for j in b if await j}
    z = {await i for i in a for j in [1, 2] if j}
    q = [i for i in await a]
    r = [[j async for j in b] for i in a]
    s = [(j async for j in b) for i in a]
    t = [i async for i in a for j in (1, 2, 3) async for k in [j]]
    return x, y, z, q, r, s, t
