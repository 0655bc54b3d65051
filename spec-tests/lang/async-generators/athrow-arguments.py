# athrow's arguments are checked when its awaitable starts, not when it
# is made; the awaitable's first send must be None.
async def gen():
    yield 1
    yield 2

def step(awaitable, value=None):
    try:
        return ("yield", awaitable.send(value))
    except StopIteration as e:
        return ("stop", e.value)
    except Exception as e:
        return (type(e).__name__, str(e))

g = gen()
print(step(g.__anext__()))
print(step(g.athrow(1)))
print(step(g.athrow(ValueError, 1, 2)))
print(step(g.athrow(ValueError("x"), "y")))
print(step(g.athrow(ValueError), "not None"))
print(g.ag_running)
print(step(g.athrow(ValueError, 1, 2, 3)))
print(g.ag_running)

# expect: ('stop', 1)
# expect: ('TypeError', 'exceptions must be classes or instances deriving from BaseException, not int')
# expect: ('TypeError', 'throw() third argument must be a traceback object')
# expect: ('TypeError', 'instance exception may not have a separate value')
# expect: ('RuntimeError', "can't send non-None value to a just-started coroutine")
# expect: False
# expect: ('TypeError', 'athrow expected at most 3 arguments, got 4')
# expect: True
