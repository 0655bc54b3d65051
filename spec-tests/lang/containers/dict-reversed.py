# reversed(dict) gives the keys, last inserted first.
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
d['b'] = 4
print(list(reversed(d)))                        # expect: ['b', 'c', 'a']
it = reversed(d)
print(type(it).__name__, next(it), next(it))    # expect: dict_reversekeyiterator b c
print(list(reversed({})), [k for k in reversed({1: 2})])    # expect: [] [1]
print(list(reversed(d.keys())), list(reversed(d.values())))  # expect: ['b', 'c', 'a'] [4, 3, 1]
print(list(reversed(d.items())))                # expect: [('b', 4), ('c', 3), ('a', 1)]
reversed({1}) # raises: TypeError: 'set' object is not reversible
