# Awaiting coroutines inside comprehensions; the comprehension's own
# call is awaited by the enclosing coroutine.
async def double(x):
    return x * 2

async def main():
    doubled = [await double(x) for x in range(4)]
    keyed = {await double(k): await double(v) for k, v in {1: 2, 3: 4}.items()}
    nested = [[await double(y) for y in range(x)] for x in range(3)]
    return doubled, keyed, nested

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
print(main.__code__.co_flags & 0x80 != 0, hex(main.__code__.co_consts[1].co_flags))

# expect: ([0, 2, 4, 6], {2: 4, 6: 8}, [[], [0], [0, 2]])
# expect: True 0x93
