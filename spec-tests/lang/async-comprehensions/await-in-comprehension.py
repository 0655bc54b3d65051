# An await anywhere in a comprehension's own scope makes it asynchronous:
# the element, a condition, or a later iterable.
class Value:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield ("awaiting", self.v)
        return self.v

def run(coro):
    trace = []
    try:
        while True:
            trace.append(coro.send(None))
    except StopIteration as e:
        return e.value, trace

async def in_element():
    return [await Value(x * 2) for x in range(3)]

async def in_condition():
    return {x for x in range(4) if await Value(x % 2)}

async def in_inner_iterable():
    return {x: [y for y in await Value(range(x))] for x in range(3)}

async def in_outer_iterable():
    # The first iterable is evaluated in the function: a plain listcomp.
    return [x for x in await Value([7, 8])]

for f in (in_element, in_condition, in_inner_iterable, in_outer_iterable):
    print(f.__name__, run(f()))

# expect: in_element ([0, 2, 4], [('awaiting', 0), ('awaiting', 2), ('awaiting', 4)])
# expect: in_condition ({1, 3}, [('awaiting', 0), ('awaiting', 1), ('awaiting', 0), ('awaiting', 1)])
# expect: in_inner_iterable ({0: [], 1: [0], 2: [0, 1]}, [('awaiting', range(0, 0)), ('awaiting', range(0, 1)), ('awaiting', range(0, 2))])
# expect: in_outer_iterable ([7, 8], [('awaiting', [7, 8])])
