# Sync and async for clauses mixed, with conditions between them.
async def agen(items):
    for item in items:
        yield item

async def main():
    a = [(x, y) for x in range(3) async for y in agen("ab") if x != 1]
    b = [(x, y) async for x in agen([1, 2]) for y in range(x)]
    c = [x async for x in agen(range(5)) if x % 2 if x > 1]
    d = [z async for x in agen([[1, 2], [3]]) async for z in agen(x)]
    return a, b, c, d

try:
    main().send(None)
except StopIteration as e:
    for part in e.value:
        print(part)

# expect: [(0, 'a'), (0, 'b'), (2, 'a'), (2, 'b')]
# expect: [(1, 0), (2, 0), (2, 1)]
# expect: [3]
# expect: [1, 2, 3]
