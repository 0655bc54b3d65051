# The loop variables of an async comprehension stay inside it; names
# from the enclosing function are closed over.
async def agen(n):
    for i in range(n):
        yield i

async def main():
    x = "outer"
    scale = 10
    values = [x * scale async for x in agen(3)]
    by_key = {k: [v * scale async for v in agen(k)] for k in range(3)}
    return x, values, by_key

try:
    main().send(None)
except StopIteration as e:
    print(e.value)

# expect: ('outer', [0, 10, 20], {0: [], 1: [0], 2: [0, 10]})
