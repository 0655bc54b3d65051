# types.coroutine marks a generator function's code CO_ITERABLE_COROUTINE
# by assigning it a copy of its code; its generators can then be awaited
# and may `yield from` a coroutine.
import types
import inspect

@types.coroutine
def tick():
    sent = yield 'tick'
    return sent * 2

print(tick.__name__, tick.__code__.co_flags & 0x100)
print(inspect.isgeneratorfunction(tick))

async def work():
    return await tick() + 1

c = work()
print(c.send(None))
try:
    c.send(20)
except StopIteration as e:
    print('result', e.value)

g = tick()
print(type(g).__name__, inspect.isawaitable(g), g.gi_code.co_flags & 0x100)
g.close()

async def inner():
    return 5

@types.coroutine
def delegating():
    x = yield from inner()
    y = yield 'waiting'
    return x + y

async def main():
    return await delegating()

m = main()
print(m.send(None))
try:
    m.send(10)
except StopIteration as e:
    print('result', e.value)

# A plain generator may not `yield from` a coroutine.
def plain():
    yield from coro
coro = inner()
try:
    next(plain())
except TypeError as e:
    print(e)
coro.close()

# __await__ may not return a generator-based coroutine.
class Awaitable:
    def __await__(self):
        return tick()

async def bad():
    return await Awaitable()
try:
    bad().send(None)
except TypeError as e:
    print(e)

# A coroutine function is returned as it is; a function that is not a
# generator function is wrapped.
async def native():
    pass
print(types.coroutine(native) is native)

def returns_generator():
    return (i for i in range(2))
wrapped = types.coroutine(returns_generator)
print(wrapped is returns_generator, wrapped.__name__)

# expect: tick 256
# expect: True
# expect: tick
# expect: result 41
# expect: generator True 256
# expect: waiting
# expect: result 15
# expect: cannot 'yield from' a coroutine object in a non-coroutine generator
# expect: __await__() returned a coroutine
# expect: True
# expect: False returns_generator
