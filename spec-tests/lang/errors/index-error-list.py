xs = [1, 2, 3]
print(xs[-3])  # expect: 1
print(xs[3])   # raises: IndexError: list index out of range
