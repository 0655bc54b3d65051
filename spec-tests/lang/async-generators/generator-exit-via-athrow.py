# athrow(GeneratorExit) is not aclose(): the GeneratorExit comes out.
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
    g.athrow(GeneratorExit).send(None)
except GeneratorExit:
    print("GeneratorExit came out")
try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print("closed")
h = gen()
try:
    h.athrow(GeneratorExit).send(None)
except GeneratorExit:
    print("unstarted: GeneratorExit came out")
try:
    h.athrow(ValueError).send(None)
except StopIteration:
    print("finished: StopIteration")

# expect: item 1
# expect: finally
# expect: GeneratorExit came out
# expect: closed
# expect: unstarted: GeneratorExit came out
# expect: finished: StopIteration
