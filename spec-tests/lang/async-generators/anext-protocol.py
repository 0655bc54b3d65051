# Each step is an awaitable: sending None into it resumes the generator;
# the item comes back as StopIteration's value, the end as
# StopAsyncIteration.
async def pair():
    yield "first"
    yield None
    yield (1, 2)

g = pair()
for _ in range(4):
    step = g.__anext__()
    try:
        step.send(None)
    except StopIteration as e:
        print("item", repr(e.value), e.args)
    except StopAsyncIteration as e:
        print("end", repr(e))

try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print("still ended")

# expect: item 'first' ('first',)
# expect: item None ()
# expect: item (1, 2) ((1, 2),)
# expect: end StopAsyncIteration()
# expect: still ended
