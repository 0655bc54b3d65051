# int / int is correctly rounded even when the operands do not fit a float (long_true_divide).
print(2**1024 / 2**1000)  # expect: 16777216.0
print((2**1024 + 1) / 2**1000)  # expect: 16777216.0
print(10**400 / 10**399)  # expect: 10.0
print(-(2**2000) / 3**1200)  # expect: -3.2695325425170756e+29
print((2**53 + 1) / 1)  # expect: 9007199254740992.0
print((2**54 + 3) / 1)  # expect: 1.8014398509481988e+16
print((2**64 + 2**11) / 1)  # expect: 1.8446744073709552e+19
print((2**64 + 2**11 + 1) / 1)  # expect: 1.8446744073709556e+19
print(1 / 2**1074)  # expect: 5e-324
print(1 / 2**1075)  # expect: 0.0
print(3 / 2**1076)  # expect: 5e-324
print(1 / 2**2000)  # expect: 0.0
print(-1 / 2**2000)  # expect: -0.0
print(0 / -5)  # expect: -0.0
print(0 / 2**100)  # expect: 0.0
print((3**200) / (7**150))  # expect: 4.566094987608383e-32
print(2**1023 * 3 // 2 / 1)  # expect: 1.348269851146737e+308
2**2000 / 3  # raises: OverflowError: integer division result too large for a float
