# throw() and close() of the step awaitables.
class Pause:
    def __await__(self):
        try:
            yield "pause"
        except KeyError:
            print("the awaited object saw KeyError first")
            raise

async def gen():
    try:
        await Pause()
    except KeyError as e:
        yield f"caught {e}"
    yield "next"

g = gen()
step = g.__anext__()
print(step.send(None))
try:
    step.throw(KeyError("k"))
except StopIteration as e:
    print("item:", e.value)
try:
    step.throw(KeyError)
except RuntimeError as e:
    print(e)

second = g.__anext__()
print(second.close(), g.ag_running)
try:
    second.send(None)
except RuntimeError as e:
    print(e)
t = g.athrow(ValueError)
print(t.close())
try:
    t.throw(ValueError)
except RuntimeError as e:
    print(e)
early = gen().__anext__()
try:
    early.throw(ValueError("before the start"))
except ValueError as e:
    print("raised at the start:", e)

# expect: pause
# expect: the awaited object saw KeyError first
# expect: item: caught 'k'
# expect: cannot reuse already awaited __anext__()/asend()
# expect: None False
# expect: cannot reuse already awaited __anext__()/asend()
# expect: None
# expect: cannot reuse already awaited aclose()/athrow()
# expect: raised at the start: before the start
