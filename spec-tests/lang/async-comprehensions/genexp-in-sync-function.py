# An async generator expression may stand in a plain function (or at
# module level): it is only iterated later, by async code.
class Value:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield "wait"
        return self.v

def lazily(values):
    return (await Value(v) for v in values)

module_level = (v async for v in lazily("xyz"))
print(type(module_level).__name__)

async def main():
    return [v async for v in module_level]

try:
    c = main()
    while True:
        c.send(None)
except StopIteration as e:
    print(e.value)
print(hex(lazily.__code__.co_consts[1].co_flags))

# expect: async_generator
# expect: ['x', 'y', 'z']
# expect: 0x213
