# Changing a dict while iterating over it: the size check, 3.11's "keys
# changed" check, and what the iterator does after each.
d = {1: 1, 2: 2, 3: 3}
it = iter(d)
print(next(it))  # expect: 1
d[4] = 4
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print(e)  # expect: dictionary changed size during iteration
        # expect: dictionary changed size during iteration
del d[4]
try:
    next(it)
except RuntimeError as e:
    print('still', e)  # expect: still dictionary changed size during iteration
d = {1: 1, 2: 2}
it = iter(d)
print(next(it))  # expect: 1
del d[1]
d[10] = 10
print(next(it))  # expect: 2
try:
    next(it)
except RuntimeError as e:
    print(e)  # expect: dictionary keys changed during iteration
print(list(it))  # expect: []
print(type(iter({})).__name__)  # expect: dict_keyiterator
for k in {'a': 1}:
    print(k)  # expect: a
e = {}
print(list(iter(e)))  # expect: []
