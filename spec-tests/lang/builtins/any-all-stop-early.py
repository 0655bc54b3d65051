# any() and all() read an iterator only up to the item that decides.
it = iter([0, 1, 2, 3])
print(any(it), next(it))   # expect: True 2
it = iter([1, 0, 5])
print(all(it), next(it))   # expect: False 5
print(any([0, 0]), all([]))   # expect: False True
