# A small int against a big one: the order, min/max and sorting (issue 7).
print(0 < -2**64)  # expect: False
print(0 > -2**64)  # expect: True
print(-1 < -2**63 - 1)  # expect: False
print(2**63 > -5)  # expect: True
print(-2**63 - 1 < -2**63)  # expect: True
print(2**63 - 1 < 2**63)  # expect: True
print(max(0, -2**64))  # expect: 0
print(min(0, -2**64))  # expect: -18446744073709551616
print(max(-2**70, -3, -2**65))  # expect: -3
print(sorted([1, -2**64, 2**64, 0, -1, 2**63, -2**63]))  # expect: [-18446744073709551616, -9223372036854775808, -1, 0, 1, 9223372036854775808, 18446744073709551616]
print([x for x in [5, -2**80, 2**80, -7] if x < 0])  # expect: [-1208925819614629174706176, -7]
print(round(2**64 + 5, -1))  # expect: 18446744073709551620
print(round(-2**64 - 5, -1))  # expect: -18446744073709551620
