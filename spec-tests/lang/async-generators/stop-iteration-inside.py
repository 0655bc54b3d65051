# PEP 479 and PEP 525: StopIteration or StopAsyncIteration raised in the
# body would look like an end, so they become RuntimeError.
async def leaks_async():
    yield 1
    raise StopAsyncIteration("inner")

async def leaks_sync():
    raise StopIteration("sync")
    yield

g = leaks_async()
try:
    g.__anext__().send(None)
except StopIteration as e:
    print("item", e.value)
try:
    g.__anext__().send(None)
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__), "| context is cause:", e.__context__ is e.__cause__)
try:
    leaks_sync().__anext__().send(None)
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__))

# expect: item 1
# expect: async generator raised StopAsyncIteration | cause: StopAsyncIteration('inner') | context is cause: True
# expect: async generator raised StopIteration | cause: StopIteration('sync')
