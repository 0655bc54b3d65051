print(-2 ** 2)    # expect: -4
print(2 ** -1)    # expect: 0.5
