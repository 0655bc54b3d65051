# repr(float) is the shortest string that reads back, and the closest such one, ties to even (dtoa.c mode 0).
print(621588008619387.25)  # expect: 621588008619387.2
print(2249082146819912.25)  # expect: 2249082146819912.2
print(1651969622426217.25)  # expect: 1651969622426217.2
print(247796919343770.125)  # expect: 247796919343770.12
print(1864467722013891.25)  # expect: 1864467722013891.2
print(0.1 + 0.2)  # expect: 0.30000000000000004
print(1 / 3)  # expect: 0.3333333333333333
print(2 / 3)  # expect: 0.6666666666666666
print(1e16)  # expect: 1e+16
print(1e15)  # expect: 1000000000000000.0
print(9999999999999998.0)  # expect: 9999999999999998.0
print(1e-4)  # expect: 0.0001
print(1e-5)  # expect: 1e-05
print(0.00012345)  # expect: 0.00012345
print(1.5e300)  # expect: 1.5e+300
print(5e-324)  # expect: 5e-324
print(2.2250738585072014e-308)  # expect: 2.2250738585072014e-308
print(1.7976931348623157e308)  # expect: 1.7976931348623157e+308
print(-0.0)  # expect: -0.0
print(123456789012345680.0)  # expect: 1.2345678901234568e+17
print(2.0**63)  # expect: 9.223372036854776e+18
print(2.0**-20)  # expect: 9.5367431640625e-07
print(4.35)  # expect: 4.35
print(0.3)  # expect: 0.3
print(1.1 * 3)  # expect: 3.3000000000000003
print(100.0)  # expect: 100.0
print(1e22)  # expect: 1e+22
print(1e23)  # expect: 1e+23
