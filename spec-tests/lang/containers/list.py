xs = [1, 2, 3]
print(xs)              # expect: [1, 2, 3]
print(xs[0], xs[-1])   # expect: 1 3
print(len(xs))         # expect: 3
xs.append(4)
print(xs)              # expect: [1, 2, 3, 4]
print(len(xs))         # expect: 4
print([])              # expect: []
print(['a', 1, 2.5, None, True])  # expect: ['a', 1, 2.5, None, True]
nested = [[1, 2], [3]]
print(nested)          # expect: [[1, 2], [3]]
print(nested[0][1])    # expect: 2
print(nested[-1][-1])  # expect: 3
empty = []
i = 0
while i < 3:
    empty.append(i * i)
    i += 1
print(empty)           # expect: [0, 1, 4]
