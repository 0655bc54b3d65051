# repr of a float is the shortest string that reads back the same value
print(0.1 + 0.2)   # expect: 0.30000000000000004
print(1e16)        # expect: 1e+16
print(1e15)        # expect: 1000000000000000.0
print(1 / 3)       # expect: 0.3333333333333333
print(2.5e-7)      # expect: 2.5e-07
print(0.0001)      # expect: 0.0001
print(0.00001)     # expect: 1e-05
print(1.0)         # expect: 1.0
print(-0.0)        # expect: -0.0
print(100.0)       # expect: 100.0
print(1.5e300)     # expect: 1.5e+300
print(0.1 * 3)     # expect: 0.30000000000000004
print(2 / 3)       # expect: 0.6666666666666666
