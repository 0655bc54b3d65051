# list.sort empties the list while it sorts: a key function or __lt__ that
# changes the list sees it empty, and the sort then fails.
xs = [3, 1, 2]
def key(x):
    print('key sees', xs)  # expect: key sees []
    # expect: key sees [3]
    # expect: key sees [3, 1]
    xs.append(x)
    return x
try:
    xs.sort(key=key)
except ValueError as e:
    print(e)  # expect: list modified during sort
print(xs)  # expect: [1, 2, 3]
ys = [3, 1, 2]
def add_then_remove(x):
    ys.append(0)
    ys.pop()
    return x
try:
    ys.sort(key=add_then_remove)
except ValueError as e:
    print(e)  # expect: list modified during sort
print(ys)  # expect: [1, 2, 3]
zs = [3, 1, 2]
def clears(x):
    zs.clear()
    return x
zs.sort(key=clears)
print(zs)  # expect: [1, 2, 3]
class L:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        ws.append(L(0))
        return self.v < other.v
    def __repr__(self): return 'L%d' % self.v
ws = [L(2), L(1)]
try:
    ws.sort()
except ValueError as e:
    print(e, ws)  # expect: list modified during sort [L1, L2]
def bad(x):
    vs.append(1)
    raise KeyError('from key')
vs = [2, 1]
try:
    vs.sort(key=bad)
except KeyError as e:
    print('KeyError', e, vs)  # expect: KeyError 'from key' [2, 1]
