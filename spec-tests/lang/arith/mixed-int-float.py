print(1 + 2.0)     # expect: 3.0
print(3 * 0.5)     # expect: 1.5
print(7 / 2)       # expect: 3.5
print(6 / 3)       # expect: 2.0
print(-7 / 2)      # expect: -3.5
print(1 == 1.0)    # expect: True
print(2 < 2.5)     # expect: True
print(2 ** 100 / 2 ** 99)  # expect: 2.0
print(10 - 0.5)    # expect: 9.5
