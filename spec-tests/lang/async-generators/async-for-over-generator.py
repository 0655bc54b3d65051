# An async generator consumed by `async for` inside a coroutine, driven
# by send(None) as an event loop would: what its awaits yield comes out
# of the outermost send, its items go to the loop.
class Sleep:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        yield self.label

def run(coro):
    trace = []
    try:
        while True:
            trace.append(coro.send(None))
    except StopIteration as e:
        return e.value, trace

async def ticker(n):
    for i in range(n):
        await Sleep(f"sleep {i}")
        yield i * i

async def main():
    got = []
    async for square in ticker(3):
        got.append(square)
    else:
        got.append("else")
    return got

print(run(main()))

async def breaks():
    async for square in ticker(5):
        if square > 1:
            break
    else:
        return "no break"
    return square

print(run(breaks()))

# expect: ([0, 1, 4, 'else'], ['sleep 0', 'sleep 1', 'sleep 2'])
# expect: (4, ['sleep 0', 'sleep 1', 'sleep 2'])
