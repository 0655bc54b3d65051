# eval(src, None, locals): the caller's globals, the given locals.
a = 1
print(eval('a + b', None, {'b': 2}))
print(eval('a', None, None))
# expect: 3
# expect: 1
