def echo():
    received = []
    while True:
        v = yield len(received)
        if v is None:
            break
        received.append(v)
    return received

g = echo()
print(g.send(None))
print(g.send("a"))
print(g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print(e.value)
g2 = echo()
try:
    g2.send(1)
except TypeError as e:
    print(e)
print(g2.send(None))

# expect: 0
# expect: 1
# expect: 2
# expect: ['a', 'b']
# expect: can't send non-None value to a just-started generator
# expect: 0
