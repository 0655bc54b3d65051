class Box:
    async def items(self):
        yield self

g = Box().items()
print(type(g).__name__, g.__name__, g.__qualname__)
print(repr(g).startswith("<async_generator object Box.items at 0x"))
print(g.ag_running, g.ag_await, g.ag_code.co_name, type(g.ag_code).__name__)
print(hex(Box.items.__code__.co_flags))
print(g.__aiter__() is g)
print(hasattr(g, "__iter__"), hasattr(g, "__next__"), hasattr(g, "send"))
step = g.__anext__()
print(type(step).__name__, step.__await__() is step, iter(step) is step)
print(type(g.athrow(ValueError)).__name__, type(g.aclose()).__name__)
try:
    for x in g:
        pass
except TypeError as e:
    print(e)
try:
    type(g)()
except TypeError as e:
    print(e)

# expect: async_generator items Box.items
# expect: True
# expect: False None items code
# expect: 0x203
# expect: True
# expect: False False False
# expect: async_generator_asend True True
# expect: async_generator_athrow async_generator_athrow
# expect: 'async_generator' object is not iterable
# expect: cannot create 'async_generator' instances
