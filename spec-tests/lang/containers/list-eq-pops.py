# A list item's __eq__ pops from the list being searched: in, index,
# count and remove stop at the list's new end, never past it.
class P:
    def __init__(self, lst, v): self.lst, self.v = lst, v
    def __eq__(self, other):
        if self.lst:
            self.lst.pop()
        return False
    def __repr__(self): return 'P'
xs = []
xs.extend([P(xs, 1), P(xs, 2), P(xs, 3), P(xs, 4)])
print(99 in xs, len(xs))  # expect: False 2
xs.extend([P(xs, 1), P(xs, 2), P(xs, 3), P(xs, 4)])
try:
    xs.index(99)
except ValueError as e:
    print(e, len(xs))  # expect: 99 is not in list 3
xs.extend([P(xs, 1), P(xs, 2), P(xs, 3), P(xs, 4)])
print(xs.count(99), len(xs))  # expect: 0 3
xs.extend([P(xs, 1), P(xs, 2), P(xs, 3), P(xs, 4)])
try:
    xs.remove(99)
except ValueError as e:
    print(e, len(xs))  # expect: list.remove(x): x not in list 3
class Last:
    def __eq__(self, other):
        ys.clear()
        return True
ys = [1, Last(), 3]
ys.remove(5)
print(ys)  # expect: []
zs = [1, 2, 3]
class G:
    def __eq__(self, other):
        if len(zs) < 6:
            zs.append(other + 10)
        return other == 13
print(zs.index(G()), zs)  # expect: 5 [1, 2, 3, 11, 12, 13]
print([1, 2, 3, 2].index(2, -2), [1, 2].index(2, 0, 100))  # expect: 3 1
