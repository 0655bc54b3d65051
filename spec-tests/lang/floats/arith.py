print(7.5 // 2)    # expect: 3.0
print(-7.5 // 2)   # expect: -4.0
print(7.5 % 2)     # expect: 1.5
print(-7.5 % 2)    # expect: 0.5
print(7.5 % -2)    # expect: -0.5
print(2.0 ** 10)   # expect: 1024.0
print(0.5 - 0.25)  # expect: 0.25
print(1.5 * 4)     # expect: 6.0
print(-1.5)        # expect: -1.5
print(3.0 > 2.9)   # expect: True
print(0.1 + 0.2 == 0.3)  # expect: False
