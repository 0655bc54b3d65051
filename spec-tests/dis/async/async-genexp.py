def lazy(values, other):
    a = (await v for v in values)
    b = (v async for v in values if v)
    c = ([await v for v in values] for w in other)
    d = (v for v in (await u for u in values))
    return a, b, c, d
module_level = (x async for x in lazy)
class K:
    attr = (await x for x in module_level)
