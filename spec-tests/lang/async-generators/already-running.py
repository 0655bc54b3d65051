# While one step waits in an await, another step of the same generator
# may not start: its items would interleave.
class Pause:
    def __await__(self):
        return (yield "paused")

async def slow():
    got = await Pause()
    yield got

g = slow()
first = g.__anext__()
print(first.send(None))
print(g.ag_running)
second = g.__anext__()
try:
    second.send(None)
except RuntimeError as e:
    print(e)
for method in (g.aclose, lambda: g.athrow(ValueError)):
    try:
        method().send(None)
    except RuntimeError as e:
        print(e)
try:
    first.send("resumed")
except StopIteration as e:
    print("item", e.value)
print(g.ag_running)
try:
    second.send(None)
except StopAsyncIteration:
    print("second ran after all: StopAsyncIteration")

# expect: paused
# expect: True
# expect: anext(): asynchronous generator is already running
# expect: aclose(): asynchronous generator is already running
# expect: athrow(): asynchronous generator is already running
# expect: item resumed
# expect: False
# expect: second ran after all: StopAsyncIteration
