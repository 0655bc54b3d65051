t = (1, 2)
print(t[1])    # expect: 2
t[-3]          # raises: IndexError: tuple index out of range
