print(1 + 2)      # expect: 3
print(7 // 2)     # expect: 3
print(-7 // 2)    # expect: -4
print(7 // -2)    # expect: -4
print(-7 % 2)     # expect: 1
print(2 ** 100)   # expect: 1267650600228229401496703205376
