# A comprehension containing an asynchronous list comprehension is
# asynchronous too (awaited where it stands); one containing an async
# generator expression is not.
async def numbers(n):
    for i in range(n):
        yield i

async def main():
    grid = [[x async for x in numbers(i)] for i in range(3)]
    lazy = [(x async for x in numbers(i)) for i in range(2)]
    kinds = [type(g).__name__ for g in lazy]
    unpacked = [[x async for x in g] for g in lazy]
    return grid, kinds, unpacked

try:
    main().send(None)
except StopIteration as e:
    print(e.value)

code = main.__code__
for const in code.co_consts:
    if hasattr(const, "co_flags"):
        print(const.co_name, hex(const.co_flags))

# expect: ([[], [0], [0, 1]], ['async_generator', 'async_generator'], [[], [0]])
# expect: <listcomp> 0x93
# expect: <listcomp> 0x13
# expect: <listcomp> 0x13
# expect: <listcomp> 0x93
