# A generator that yields another item while being closed refuses the
# close: RuntimeError.
async def stubborn():
    try:
        yield 1
    finally:
        yield 2
        print("after the second yield")

g = stubborn()
try:
    g.__anext__().send(None)
except StopIteration as e:
    print("item", e.value)
try:
    g.aclose().send(None)
except RuntimeError as e:
    print(e)
print(g.ag_running)
try:
    g.__anext__().send(None)
except GeneratorExit:
    print("GeneratorExit raised again by the finally block")

# expect: item 1
# expect: async generator ignored GeneratorExit
# expect: False
# expect: after the second yield
# expect: GeneratorExit raised again by the finally block
