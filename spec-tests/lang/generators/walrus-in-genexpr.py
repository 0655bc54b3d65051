def f(data):
    found = any((last := n) > 1 for n in data)
    return found, last
print(f([1, 2, 3]))    # expect: (True, 2)
total = 0
sums = list((total := total + v) for v in range(4))
print(sums, total)    # expect: [0, 1, 3, 6] 6
