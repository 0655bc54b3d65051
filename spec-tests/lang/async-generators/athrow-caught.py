# athrow raises an exception at the suspended yield; a generator that
# catches it answers with its next item. The old forms of throw work too.
async def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", repr(e))

def item(step):
    try:
        step.send(None)
    except StopIteration as e:
        return e.value

g = catcher()
print(item(g.__anext__()))
print(item(g.athrow(ValueError("instance"))))
print(item(g.athrow(ValueError)))
print(item(g.athrow(ValueError, "value")))
print(item(g.athrow(ValueError, ValueError("pair"))))
print(item(g.athrow(ValueError, ("tuple", 2))))
print(item(g.athrow(ValueError, "three", None)))

# expect: ready
# expect: caught ValueError('instance')
# expect: ready
# expect: caught ValueError()
# expect: ready
# expect: caught ValueError('value')
# expect: ready
# expect: caught ValueError('pair')
# expect: ready
# expect: caught ValueError('tuple', 2)
# expect: ready
# expect: caught ValueError('three')
# expect: ready
