# Methods of a class that change the container calling them: lython holds
# no borrow of a dict, set or list while such a method runs, so each case
# behaves as on CPython.
#
# A set's search calls __eq__, which adds to the set being searched; that
# add calls __eq__ again, and so on, until the recursion limit.
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o):
        s.add(K(99))
        return self.v == o.v
s = {K(1)}
try:
    K(1) in s
except RecursionError as e:
    print(type(e).__name__, e)  # expect: RecursionError maximum recursion depth exceeded
print(len(s))  # expect: 1
# A dict key's __eq__ clears the dict: the lookup restarts and misses.
class Clears:
    def __hash__(self): return 2
    def __eq__(self, o):
        d.clear()
        return True
d = {Clears(): 1}
print(Clears() in d, d)  # expect: False {}
# __hash__ inserting into the dict being stored into.
class Inserts:
    def __hash__(self):
        d['seen'] = True
        return 3
d = {}
d[Inserts()] = 'v'
print(list(d.values()))  # expect: [True, 'v']
# A list item's __eq__ empties the list during remove.
xs = [1]
class Empties:
    def __eq__(self, o):
        xs.clear()
        return True
xs.append(Empties())
xs.remove(2)
print(xs)  # expect: []
