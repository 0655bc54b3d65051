# An index that does not fit a machine word is an IndexError of its own,
# whatever its sign; slice bounds that large are clamped.
for seq in ('abc', [1], (1,), b'a'):
    for i in (2**64, 2**63, -2**63 - 1, -2**100):
        try:
            seq[i]
        except IndexError as e:
            print(type(seq).__name__, e)
# expect: str cannot fit 'int' into an index-sized integer
# expect: str cannot fit 'int' into an index-sized integer
# expect: str cannot fit 'int' into an index-sized integer
# expect: str cannot fit 'int' into an index-sized integer
# expect: list cannot fit 'int' into an index-sized integer
# expect: list cannot fit 'int' into an index-sized integer
# expect: list cannot fit 'int' into an index-sized integer
# expect: list cannot fit 'int' into an index-sized integer
# expect: tuple cannot fit 'int' into an index-sized integer
# expect: tuple cannot fit 'int' into an index-sized integer
# expect: tuple cannot fit 'int' into an index-sized integer
# expect: tuple cannot fit 'int' into an index-sized integer
# expect: bytes cannot fit 'int' into an index-sized integer
# expect: bytes cannot fit 'int' into an index-sized integer
# expect: bytes cannot fit 'int' into an index-sized integer
# expect: bytes cannot fit 'int' into an index-sized integer
try:
    [1][2**63 - 1]
except IndexError as e:
    print(e)                                    # expect: list index out of range
try:
    'abc'[-2**63]
except IndexError as e:
    print(e)                                    # expect: string index out of range
print(repr('abc'[2**63:2**70]), 'abc'[-2**70:], [1, 2][-2**64::2**65])   # expect: '' abc [1]
print((1, 2)[::-2**64], b'ab'[2**100:-2**100:-1])                         # expect: (2,) b'ba'
print([1, 2, 3][::-2**63], 'abc'[::-2**64], slice(None, None, -2**63).indices(5))  # expect: [3] c (4, -1, -9223372036854775808)
xs = [1]
try:
    xs[2**64] = 0
except IndexError as e:
    print(e)                                    # expect: cannot fit 'int' into an index-sized integer
del xs[-2**64]                                  # raises: IndexError: cannot fit 'int' into an index-sized integer
