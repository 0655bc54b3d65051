print(-2 ** 2)        # expect: -4
print(2 ** 3 ** 2)    # expect: 512
print((2 ** 3) ** 2)  # expect: 64
print(1 + 2 * 3)      # expect: 7
print((1 + 2) * 3)    # expect: 9
print(10 - 3 - 2)     # expect: 5
print(100 // 10 // 3) # expect: 3
print(2 * 3 % 4)      # expect: 2
print(-(-3))          # expect: 3
print(- 2 * 3)        # expect: -6
print(2 ** -1)        # expect: 0.5
print(7 - -2)         # expect: 9
