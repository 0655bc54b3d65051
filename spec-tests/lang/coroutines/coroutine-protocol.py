async def f():
    return 1
c = f()
try:
    iter(c)
except TypeError as e:
    print(e)
try:
    next(c)
except TypeError as e:
    print(e)
try:
    c.send(1)
except TypeError as e:
    print(e)
w = c.__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("stopped", e.args)
c2 = f()
c2.close()
try:
    c2.send(None)
except RuntimeError as e:
    print(e)
class Yields:
    def __await__(self):
        try:
            yield "suspended"
        except KeyError:
            print("caught in awaitable")
            return "recovered"
async def g():
    r = await Yields()
    return r
c3 = g()
print(c3.send(None))
try:
    c3.throw(KeyError)
except StopIteration as e:
    print(e.value)
async def stops():
    raise StopIteration
try:
    stops().send(None)
except RuntimeError as e:
    print(e)

# expect: 'coroutine' object is not iterable
# expect: 'coroutine' object is not an iterator
# expect: can't send non-None value to a just-started coroutine
# expect: coroutine_wrapper True
# expect: stopped (1,)
# expect: cannot reuse already awaited coroutine
# expect: suspended
# expect: caught in awaitable
# expect: recovered
# expect: coroutine raised StopIteration
