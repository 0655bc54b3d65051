# aclose() throws GeneratorExit at the yield: finally blocks run, and
# the awaitable ends with a plain StopIteration.
async def resource():
    print("open")
    try:
        yield 1
        yield 2
    finally:
        print("close")

g = resource()
try:
    g.__anext__().send(None)
except StopIteration as e:
    print("item", e.value)
c = g.aclose()
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("closed", e.value, e.args)
try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print("StopAsyncIteration")
try:
    g.aclose().send(None)
except StopIteration:
    print("closing again is quiet")

unstarted = resource()
for _ in range(2):
    try:
        unstarted.aclose().send(None)
    except StopIteration:
        print("unstarted closes without running")
try:
    unstarted.__anext__().send(None)
except StopAsyncIteration:
    print("StopAsyncIteration")

# expect: open
# expect: item 1
# expect: async_generator_athrow
# expect: close
# expect: closed None ()
# expect: StopAsyncIteration
# expect: closing again is quiet
# expect: unstarted closes without running
# expect: unstarted closes without running
# expect: StopAsyncIteration
