import types, collections.abc as cabc
print('__call__' in types.FunctionType.__dict__, isinstance(lambda: 0, cabc.Callable))
print(types.FunctionType.__call__(lambda x: x + 1, 2))
def f(a, *, b): return a, b
print(f.__call__(1, b=2))

# expect: True True
# expect: 3
# expect: (1, 2)
