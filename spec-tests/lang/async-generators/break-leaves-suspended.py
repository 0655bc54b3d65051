# Leaving an async for early does not close the generator: it stays
# suspended until someone calls aclose().
async def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print("numbers closed")

async def first_two(agen):
    out = []
    async for x in agen:
        out.append(x)
        if len(out) == 2:
            break
    return out

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

g = numbers()
print(run(first_two(g)))
print(run(first_two(g)))
print(run(g.aclose()))
print(run(first_two(g)))

# expect: [0, 1]
# expect: [2, 3]
# expect: numbers closed
# expect: None
# expect: []
