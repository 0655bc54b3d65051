def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def await_int():
    await 5
try:
    run(await_int())
except TypeError as e:
    print(e)
class BadAwait:
    def __await__(self):
        return 5
async def await_bad():
    await BadAwait()
try:
    run(await_bad())
except TypeError as e:
    print(e)
async def coro():
    return 1
async def never():
    pass
class ReturnsCoro:
    def __await__(self):
        c = never()
        c.close()
        return c
async def await_returns_coro():
    await ReturnsCoro()
try:
    run(await_returns_coro())
except TypeError as e:
    print(e)
class ListAwait:
    def __await__(self):
        return iter([1, 2])
async def await_list():
    return await ListAwait()
c = await_list()
print(c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)
async def uses_gen():
    def g():
        yield 1
    await g()
try:
    run(uses_gen())
except TypeError as e:
    print(e)

# expect: object int can't be used in 'await' expression
# expect: __await__() returned non-iterator of type 'int'
# expect: __await__() returned a coroutine
# expect: 1 2
# expect: value None
# expect: object generator can't be used in 'await' expression
