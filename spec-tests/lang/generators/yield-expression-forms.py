def g():
    x = yield
    print("x =", x)
    y = (yield 1) + 10
    print("y =", y)
    z = [(yield 2), (yield 3)]
    print("z =", z)
    print("arg", (yield "as arg"))
    return x, y, z

it = g()
print(next(it))
print(it.send("first"))
print(it.send(5))
print(it.send("a"))
print(it.send("b"))
try:
    it.send("last")
except StopIteration as e:
    print(e.value)

# expect: None
# expect: x = first
# expect: 1
# expect: y = 15
# expect: 2
# expect: 3
# expect: z = ['a', 'b']
# expect: as arg
# expect: arg last
# expect: ('first', 15, ['a', 'b'])
