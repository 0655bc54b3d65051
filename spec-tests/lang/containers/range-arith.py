# A range answers len, in, index, count, ==, hash and reversed by arithmetic.
print(-1 in range(10**12), 10**12 - 1 in range(10**12), 10**12 in range(10**12))  # expect: False True False
print(7 in range(1, 10, 3), 8 in range(1, 10, 3), True in range(2), 1.0 in range(2), 'a' in range(2))  # expect: True False True True False
print(-3 in range(0, -10, -3), -10 in range(0, -10, -3), 2**100 in range(10))  # expect: True False False
print(range(1) == range(1), range(0) == range(2, 2), range(1, 2, 2) == range(1, 3, 3))  # expect: True True True
print(range(0, 10, 2) == range(0, 9, 2), range(3) != range(3), range(3) == [0, 1, 2])  # expect: True False False
print(hash(range(0, 10, 3)) == hash(range(0, 11, 3)), hash(range(3)))  # expect: True -8338477496398685190
print(range(10**12).index(5), range(0, 100, 7).index(98), range(5).count(3), range(5).count(3.0))  # expect: 5 14 1 1
print(list(reversed(range(1, 10, 3))), list(reversed(range(5, 0, -2))), list(reversed(range(0))))  # expect: [7, 4, 1] [1, 3, 5] []
print(list(reversed(range(-2**63, -2**63 + 3))))  # expect: [-9223372036854775806, -9223372036854775807, -9223372036854775808]
big = range(-2**63, 2**63 - 1)
print(big[0], big[-1], big[2**63], bool(big))  # expect: -9223372036854775808 9223372036854775806 0 True
print(range(10**12)[-1], range(0, 10, 3)[-2])  # expect: 999999999999 6
try:
    range(5).index(7)
except ValueError as e:
    print(e)  # expect: 7 is not in range
try:
    range(5).index('a')
except ValueError as e:
    print(e)  # expect: sequence.index(x): x not in sequence
try:
    range(1) < range(2)
except TypeError as e:
    print(e)  # expect: '<' not supported between instances of 'range' and 'range'
len(big)  # raises: OverflowError: Python int too large to convert to C ssize_t
