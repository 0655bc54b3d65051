# ag_await is what the suspended frame awaits, and ag_running is true
# while a step is under way, even while its frame is suspended in an
# await.
class Pause:
    def __await__(self):
        yield "pause"

async def gen():
    await Pause()
    yield "item"

g = gen()
print(g.ag_await, g.ag_running)
step = g.__anext__()
print(step.send(None))
print(type(g.ag_await).__name__, g.ag_running)
try:
    step.send(None)
except StopIteration as e:
    print("item:", e.value)
print(g.ag_await, g.ag_running)

async def introspect():
    me = yield "start"
    print("inside:", me.ag_running)
    yield "end"

i = introspect()
try:
    i.__anext__().send(None)
except StopIteration as e:
    print(e.value)
try:
    i.asend(i).send(None)
except StopIteration as e:
    print(e.value)

# expect: None False
# expect: pause
# expect: generator True
# expect: item: item
# expect: None False
# expect: start
# expect: inside: True
# expect: end
