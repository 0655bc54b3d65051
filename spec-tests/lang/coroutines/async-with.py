log = []
class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        log.append("enter " + self.name)
        return self.name
    async def __aexit__(self, t, v, tb):
        log.append("exit %s %s" % (self.name, t.__name__ if t else None))
        return self.suppress

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def main():
    async with Manager("a") as a, Manager("b") as b:
        log.append("body " + a + b)
    async with Manager("s", suppress=True):
        raise KeyError("x")
    try:
        async with Manager("e"):
            raise ValueError
    except ValueError:
        log.append("propagated")
    for i in range(2):
        async with Manager(str(i)):
            if i == 0:
                continue
            return "returned"
print(run(main()))
for line in log:
    print(line)
class NotAsync:
    def __enter__(self): pass
    def __exit__(self, *a): pass
async def bad():
    async with NotAsync():
        pass
try:
    run(bad())
except TypeError as e:
    print(e)
class BadEnter:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        pass
async def bad_enter():
    async with BadEnter():
        pass
try:
    run(bad_enter())
except TypeError as e:
    print(e)

# expect: returned
# expect: enter a
# expect: enter b
# expect: body ab
# expect: exit b None
# expect: exit a None
# expect: enter s
# expect: exit s KeyError
# expect: enter e
# expect: exit e ValueError
# expect: propagated
# expect: enter 0
# expect: exit 0 None
# expect: enter 1
# expect: exit 1 None
# expect: 'NotAsync' object does not support the asynchronous context manager protocol
# expect: 'async with' received an object from __aenter__ that does not implement __await__: int
