# An awaitable of one step is awaited once.
async def numbers():
    yield 1
    yield 2

g = numbers()
step = g.__anext__()
try:
    step.send(None)
except StopIteration as e:
    print("item", e.value)
for again in range(2):
    try:
        step.send(None)
    except RuntimeError as e:
        print(e)
try:
    next(step)
except RuntimeError as e:
    print("next:", e)

end = g.__anext__()
try:
    next(end)
except StopIteration as e:
    print("next item", e.value)
last = g.__anext__()
try:
    last.send(None)
except StopAsyncIteration:
    print("StopAsyncIteration")
try:
    last.send(None)
except RuntimeError as e:
    print(e)

# expect: item 1
# expect: cannot reuse already awaited __anext__()/asend()
# expect: cannot reuse already awaited __anext__()/asend()
# expect: next: cannot reuse already awaited __anext__()/asend()
# expect: next item 2
# expect: StopAsyncIteration
# expect: cannot reuse already awaited __anext__()/asend()
