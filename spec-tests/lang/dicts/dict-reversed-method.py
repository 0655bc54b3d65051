import collections, collections.abc as cabc
d = {1: 2, 3: 4}
print(list(d.__reversed__()), '__reversed__' in dict.__dict__)
print(isinstance(collections.Counter(), cabc.Reversible), issubclass(dict, cabc.Reversible))

# expect: [3, 1] True
# expect: True True
