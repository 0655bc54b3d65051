# asend(value) sends a value into the suspended yield; the first step
# must send None (or use __anext__).
async def echo():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            break
        received.append(value)
    print("received", received)

def item(step):
    try:
        step.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "end"

g = echo()
print(item(g.asend(None)))
print(item(g.asend("a")))
print(item(g.asend("b")))
print(item(g.asend(None)))

h = echo()
try:
    h.asend("too early").send(None)
except TypeError as e:
    print(e)
a = echo().asend(None)
try:
    a.send("x")
except TypeError as e:
    print(e)

# expect: 0
# expect: 1
# expect: 2
# expect: received ['a', 'b']
# expect: end
# expect: can't send non-None value to a just-started async generator
# expect: can't send non-None value to a just-started async generator
