def f(source):
    tgt = [0]
    a = [0 for tgt[0] in source]
    b = {k: v for k, tgt[0] in source}
    return a, b, tgt
async def g(source):
    tgt = [0]
    obj = g
    return [0 async for tgt[0] in source], (0 async for obj.attr in source)
