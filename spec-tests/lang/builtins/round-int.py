# round(int, negative ndigits) rounds half to even, at any size.
print(round(25, -1))  # expect: 20
print(round(35, -1))  # expect: 40
print(round(-25, -1))  # expect: -20
print(round(-35, -1))  # expect: -40
print(round(15, -1))  # expect: 20
print(round(5, -1))  # expect: 0
print(round(1250, -2))  # expect: 1200
print(round(1350, -2))  # expect: 1400
print(round(5, -400))  # expect: 0
print(round(5 * 10**400, -401))  # expect: 0
print(round(15 * 10**400, -401))  # expect: 200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
print(round(10**30 + 5 * 10**29, -30))  # expect: 2000000000000000000000000000000
print(round(2**64 + 5, -1))  # expect: 18446744073709551620
print(round(2**64 + 15, -1))  # expect: 18446744073709551630
print(round(7, 3))  # expect: 7
print(round(True, -1))  # expect: 0
print(round(5, -(10**6)))  # expect: 0
print(round(-(10**5000) // 3, -5000) == -(10**4999) * 3)  # expect: False
round('_', 'x')  # raises: TypeError: type str doesn't define __round__ method
