class Count:
    def __init__(self):
        self.n = 3
    def __bool__(self):
        self.n -= 1
        return self.n > 0

c = Count()
while c:
    # expect: tick 2
    # expect: tick 1
    print("tick", c.n)
print(not c, c.n)   # expect: True -1

class Falsy:
    def __bool__(self):
        return False

print(type(Falsy() and 1).__name__, Falsy() or 2, [x for x in [Falsy(), 1] if x])   # expect: Falsy 2 [1]
assert Falsy(), "assert message"   # raises: AssertionError: assert message
