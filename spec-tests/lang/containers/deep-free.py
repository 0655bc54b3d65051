# Freeing a long chain of objects that hold each other does not recurse.
s = None
for i in range(30000):
    s = slice(s)
s = None
it = iter([])
for i in range(30000):
    it = zip(it)
it = None
e = iter([])
for i in range(30000):
    e = enumerate(e)
e = None
t = ()
for i in range(30000):
    t = (t, frozenset({i}), {i: [t]})
t = None
print('freed')   # expect: freed
