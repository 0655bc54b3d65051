# exec adds __builtins__ (the caller's, a dict) to a globals dict without one.
g = {}
exec('x = len("abc")', g)
print(g['x'], sorted(g))
print(type(g['__builtins__']).__name__)
h = {'__builtins__': {}}
try:
    exec('len', h)
except NameError as e:
    print(e)
# expect: 3 ['__builtins__', 'x']
# expect: dict
# expect: name 'len' is not defined
