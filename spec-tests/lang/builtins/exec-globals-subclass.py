# A dict subclass is accepted as globals.
class D(dict):
    pass
d = D()
exec('q = 4', d)
print(d['q'], type(d).__name__)
# expect: 4 D
