# A generator expression with async for or await is an async generator.
class Value:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield "wait"
        return self.v

async def numbers():
    for i in range(3):
        yield i

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def main():
    squares = (x * x async for x in numbers())
    print(type(squares).__name__, squares.__name__, squares.__qualname__)
    awaited = (await Value(x) for x in "ab")
    print(type(awaited).__name__)
    plain = (x for x in [await Value(1)])
    print(type(plain).__name__)
    return [s async for s in squares], [a async for a in awaited], list(plain)

print(run(main()))

# expect: async_generator <genexpr> main.<locals>.<genexpr>
# expect: async_generator
# expect: generator
# expect: ([0, 1, 4], ['a', 'b'], [1])
