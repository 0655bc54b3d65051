# An exception the generator does not catch comes out of the athrow
# awaitable and ends the generator.
async def gen():
    try:
        yield 1
    finally:
        print("finally")

g = gen()
try:
    g.__anext__().send(None)
except StopIteration as e:
    print("item", e.value)
try:
    g.athrow(KeyError("k")).send(None)
except KeyError as e:
    print("KeyError", e)
try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print("ended")
t = g.athrow(ValueError)
try:
    t.send(None)
except StopIteration as e:
    print("athrow into a finished generator:", repr(e))
try:
    t.send(None)
except RuntimeError as e:
    print(e)

fresh = gen()
try:
    fresh.athrow(ValueError("at start")).send(None)
except ValueError as e:
    print("unstarted:", e)
try:
    fresh.__anext__().send(None)
except StopAsyncIteration:
    print("ended")

# expect: item 1
# expect: finally
# expect: KeyError 'k'
# expect: ended
# expect: athrow into a finished generator: StopIteration()
# expect: cannot reuse already awaited aclose()/athrow()
# expect: unstarted: at start
# expect: ended
