# List, set and dict comprehensions with async for, in a coroutine.
class Yield:
    def __await__(self):
        yield "loop"

async def letters(text):
    for ch in text:
        await Yield()
        yield ch

def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps

async def main():
    as_list = [c.upper() async for c in letters("abc")]
    as_set = {c async for c in letters("abca")}
    as_dict = {c: i async for c in letters("xy") for i in range(2)}
    filtered = [c async for c in letters("a1b2") if c.isdigit()]
    return as_list, sorted(as_set), as_dict, filtered

print(run(main()))

# expect: ((['A', 'B', 'C'], ['a', 'b', 'c'], {'x': 1, 'y': 1}, ['1', '2']), 13)
