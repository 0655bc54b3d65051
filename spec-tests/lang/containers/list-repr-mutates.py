# An item's __repr__ changes the list being printed: repr reads the size
# and each item afresh.
class Grow:
    def __repr__(self):
        if len(xs) < 5:
            xs.append(len(xs))
        return 'G'
xs = [Grow(), 'a']
print(xs)  # expect: [G, 'a', 2]
print(repr(xs))  # expect: [G, 'a', 2, 3]
class Shrink:
    def __repr__(self):
        ys.clear()
        return 'S'
ys = [Shrink(), 1, 2, 3]
print(ys, ys)  # expect: [S] []
zs = [1]
zs.append(zs)
print(zs)  # expect: [1, [...]]
s = {1}
class SetRepr:
    def __repr__(self):
        return 'SR'
print({SetRepr()})  # expect: {SR}
