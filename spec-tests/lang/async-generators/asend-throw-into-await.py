# Throwing into a step while the generator awaits: the exception goes
# to the awaited object first, then to the generator's frame.
class Pause:
    def __await__(self):
        yield "pause"
        return "resumed"

async def gen():
    while True:
        try:
            value = await Pause()
            yield value
        except ValueError as e:
            yield f"recovered from {e}"

g = gen()
step = g.__anext__()
print(step.send(None))
try:
    step.throw(ValueError("boom"))
except StopIteration as e:
    print(e.value)
step = g.__anext__()
print(step.send(None))
try:
    step.send(None)
except StopIteration as e:
    print(e.value)
t = g.athrow(ValueError("direct"))
try:
    t.send(None)
except StopIteration as e:
    print(e.value)

# expect: pause
# expect: recovered from boom
# expect: pause
# expect: resumed
# expect: recovered from direct
