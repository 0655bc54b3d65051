# seq * n converts n to a Py_ssize_t before looking at its sign.
def attempt(f):
    try:
        print(repr(f()))
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
attempt(lambda: 'ab' * -2**70)      # expect: OverflowError cannot fit 'int' into an index-sized integer
attempt(lambda: -2**70 * 'ab')      # expect: OverflowError cannot fit 'int' into an index-sized integer
attempt(lambda: [1] * -2**70)       # expect: OverflowError cannot fit 'int' into an index-sized integer
attempt(lambda: 2**70 * [1])        # expect: OverflowError cannot fit 'int' into an index-sized integer
attempt(lambda: (1,) * -2**70)      # expect: OverflowError cannot fit 'int' into an index-sized integer
attempt(lambda: b'ab' * 2**70)      # expect: OverflowError cannot fit 'int' into an index-sized integer
attempt(lambda: [1, 2] * 2**62)     # expect: MemoryError 
attempt(lambda: (1, 2) * 2**62)     # expect: MemoryError 
attempt(lambda: b'ab' * 2**62)      # expect: OverflowError repeated bytes are too long
attempt(lambda: 'ab' * 2**62)       # expect: OverflowError repeated string is too long
print((1, 2) * 3, 2 * (1,), b'ab' * 3, 3 * b'ab', [1] * -1, (1,) * True, b'' * 10**18)  # expect: (1, 2, 1, 2, 1, 2) (1, 1) b'ababab' b'ababab' [] (1,) b''
xs = [1, 2]
alias = xs
xs *= 2
print(alias, xs is alias)           # expect: [1, 2, 1, 2] True
xs *= -2**70                        # raises: OverflowError: cannot fit 'int' into an index-sized integer
