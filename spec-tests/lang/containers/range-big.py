# Ranges whose bounds or step pass 64 bits: CPython's "long range".
a = range(2**64)
b = range(12, 9223372036854775808)
c = range(-2**64, 6, 2)
d = range(0, -3, 10**30)
e = range(10**30, 1)
print(a, b, c, d, e)  # expect: range(0, 18446744073709551616) range(12, 9223372036854775808) range(-18446744073709551616, 6, 2) range(0, -3, 1000000000000000000000000000000) range(1000000000000000000000000000000, 1)
print(a.start, a.stop, a.step, c.start, c.step, d.step)  # expect: 0 18446744073709551616 1 -18446744073709551616 2 1000000000000000000000000000000
print(len(b), len(range(-2**64, 6, 4)), len(d), len(e), bool(a), bool(d), bool(e))  # expect: 9223372036854775796 4611686018427387906 0 0 True False False
print(2**63 in a, 2**64 in a, -1 in a, 2**64 - 1 in a, 5 in c, 4 in c, -2**64 in c, 1.0 in range(-2**64, -2**64 + 3))  # expect: True False False True False True True False
print(a.index(2**63), c.index(4), c.index(-2**64), a.count(2**64 - 1), a.count(2**64), range(2**64, 2**64 + 3).count(2.0**64))  # expect: 9223372036854775808 9223372036854775810 0 1 0 1
print(a[-1], a[2**63], c[0], c[-1], b[-1], range(-2**70, 2**70, 2**68)[3])  # expect: 18446744073709551615 9223372036854775808 -18446744073709551616 4 9223372036854775807 -295147905179352825856
print(a[2**32:2**33:3], a[::-1], a[::2**65], b[1:], c[::-1], range(10)[2**70:], range(10)[-2**70:2**70])  # expect: range(4294967296, 8589934592, 3) range(18446744073709551615, -1, -1) range(0, 18446744073709551616, 36893488147419103232) range(13, 9223372036854775808) range(4, -18446744073709551618, -2) range(10, 10) range(0, 10)
print(range(2**64, 2**64 + 3) == range(2**64, 2**64 + 4, 3), a == range(0, 2**64), d == range(0), a == b)  # expect: False True True False
print(hash(d) == hash(range(0)), hash(range(2**64, 2**64 + 1)) == hash(range(2**64, 2**64 + 1, 7)))  # expect: True True
print(list(range(2**64, 2**64 + 3)), list(range(2**63 - 2, 2**63 + 1)), list(range(-2**63 + 1, -2**63 - 2, -1)))  # expect: [18446744073709551616, 18446744073709551617, 18446744073709551618] [9223372036854775806, 9223372036854775807, 9223372036854775808] [-9223372036854775807, -9223372036854775808, -9223372036854775809]
print(list(reversed(range(2**64, 2**64 + 7, 3))), list(reversed(range(0, -3, 10**30))), list(reversed(range(2**63 - 2, 2**63 + 1))))  # expect: [18446744073709551622, 18446744073709551619, 18446744073709551616] [] [9223372036854775808, 9223372036854775807, 9223372036854775806]
it = iter(range(2**100, 2**100 + 2**99, 2**98))
print(next(it), next(it), list(it))  # expect: 1267650600228229401496703205376 1584563250285286751870879006720 []
print([x for x in range(10**20, 10**20 + 2)])  # expect: [100000000000000000000, 100000000000000000001]
print(sum(range(10**20, 10**20 + 1000)), max(range(-2**63 - 3, -2**63 + 1)))  # expect: 100000000000000000499500 -9223372036854775808
print(range(-2**63, 2**63)[::2**62], range(-2**63, 2**63)[-1], len(range(-2**63, 2**63, 4)))  # expect: range(-9223372036854775808, 9223372036854775808, 4611686018427387904) 9223372036854775807 4611686018427387904
print(range(5, 2**64)[-2**63:][:2], range(2**64)[2**64:0:-2**62], range(-2**64, 2**64)[::-3][5])  # expect: range(9223372036854775808, 9223372036854775810) range(18446744073709551615, 0, -4611686018427387904) 18446744073709551600
print(list(reversed(range(2**64, 2**64))), range(2**64, 2**64 + 4).count(1.5), range(True, 2**64 + True)[-1])  # expect: [] 0 18446744073709551616
try:
    len(a)
except OverflowError as err:
    print(err)  # expect: Python int too large to convert to C ssize_t
try:
    a[2**64]
except IndexError as err:
    print(err)  # expect: range object index out of range
try:
    a.index(-1)
except ValueError as err:
    print(err)  # expect: -1 is not in range
try:
    range(1, 2**64, 10**30 - 10**30)
except ValueError as err:
    print(err)  # expect: range() arg 3 must not be zero
try:
    range(2**64, 1.5)
except TypeError as err:
    print(err)  # expect: 'float' object cannot be interpreted as an integer
len(range(-2**64, 2**64, 3))  # raises: OverflowError: Python int too large to convert to C ssize_t
