# ints grow past 64 bits without overflow
print(2 ** 64)              # expect: 18446744073709551616
print(2 ** 63 - 1 + 1)      # expect: 9223372036854775808
print(-(2 ** 70))           # expect: -1180591620717411303424
print(10 ** 20 * 10 ** 20)  # expect: 10000000000000000000000000000000000000000
print(2 ** 100 // 2 ** 98)  # expect: 4
print(2 ** 100 % 7)         # expect: 2
print(-(2 ** 80) // 3)      # expect: -402975273204876391568726
print(-(2 ** 80) % 3)       # expect: 2
print(2 ** 64 - 2 ** 64)    # expect: 0
print(2 ** 65 > 2 ** 64)    # expect: True
print(2 ** 64 == 18446744073709551616)  # expect: True
