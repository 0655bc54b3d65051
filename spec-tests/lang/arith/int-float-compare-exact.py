# int and float compare by exact value, across the whole int range.
print(2**63 == 2.0**63)  # expect: True
print(2**53 + 1 == 2.0**53)  # expect: False
print(2**53 + 1 > 2.0**53)  # expect: True
print(2.0**53 < 2**53 + 1)  # expect: True
print(2**1000 < float("inf"))  # expect: True
print(-2**1000 > float("-inf"))  # expect: True
print(2**1024 > 1.7976931348623157e308)  # expect: True
print(2**1000 == 2.0**1000)  # expect: True
print(10**20 == 1e20)  # expect: True
print(10**22 == 1e22)  # expect: True
print(10**23 == 1e23)  # expect: False
print(-(2**63) == -2.0**63)  # expect: True
print(2**64 - 1 < 2.0**64)  # expect: True
print(5 < 5.5)  # expect: True
print(-5 > -5.5)  # expect: True
print((2**70 + 1) > 2.0**70)  # expect: True
print(float("nan") == 2**70)  # expect: False
print(float("nan") != 2**70)  # expect: True
print(float("nan") < 2**70)  # expect: False
print(max(2**53 + 1, 2.0**53))  # expect: 9007199254740993
print(sorted([2.0**64, 2**64 + 1, 2**64 - 1]))  # expect: [18446744073709551615, 1.8446744073709552e+19, 18446744073709551617]
print({2**64: "a"}.get(2.0**64))  # expect: a
print(hash(2**64) == hash(2.0**64))  # expect: True
print(hash(-2**100) == hash(-2.0**100))  # expect: True
print(hash(2**61 - 1))  # expect: 0
print(hash(-(2**61)))  # expect: -2
