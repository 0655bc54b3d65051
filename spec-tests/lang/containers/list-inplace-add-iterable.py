# xs += it is xs.extend(it): any iterable, the same list object
xs = [1]
alias = xs
xs += range(2, 4)
xs += 'ab'
xs += (5,)
xs += {6: 'x'}
print(alias, alias is xs)    # expect: [1, 2, 3, 'a', 'b', 5, 6] True
xs *= 2
print(len(alias))            # expect: 14
s = {1, 2}
t = s
s |= {3}
s -= {1}
print(t, t is s)             # expect: {2, 3} True
f = frozenset({1})
g = f
f |= {2}
print(g, f, f is g)          # expect: frozenset({1}) frozenset({1, 2}) False
xs += 5                      # raises: TypeError: 'int' object is not iterable
