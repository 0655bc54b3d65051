# x *= seq and seq *= n: a length past Py_ssize_t is the type's OverflowError, a
# representable length no machine holds is MemoryError (no args), never an abort.
def imul(x, n):
    try:
        x *= n
        return len(x)
    except (MemoryError, OverflowError) as e:
        return type(e).__name__ + repr(e.args)
print(imul(2**62, 'ab'), imul('ab', 2**62))    # expect: OverflowError('repeated string is too long',) OverflowError('repeated string is too long',)
print(imul('ab', 2**62 - 1), imul(10**11, 'ab'))    # expect: MemoryError() MemoryError()
print(imul(2**63, 'ab'))    # expect: OverflowError("cannot fit 'int' into an index-sized integer",)
print(imul(b'ab', 2**62), imul(b'ab', 10**11))    # expect: OverflowError('repeated bytes are too long',) MemoryError()
print(imul([1, 2], 2**62), imul([1], 2**63 - 1), imul(10**11, [1]))    # expect: MemoryError() MemoryError() MemoryError()
print(imul((1, 2), 2**62), imul(10**11, (1, 2)))    # expect: MemoryError() MemoryError()
print(imul('', 2**62), imul([], 2**63 - 1), imul(2**20, "'q'" * 3))    # expect: 0 0 9437184
# The repr of a str or bytes counts its length before it is built: escapes included.
print(repr('a\'b"c\\d\n\t\x00\x7f\u200bé'), repr("it's"), repr(''))    # expect: 'a\'b"c\\d\n\t\x00\x7f\u200bé' "it's" ''
print(repr(b'a\'b"c\\d\n\t\x00\x7f\xff'), repr(b"it's"), repr(b'"\''))    # expect: b'a\'b"c\\d\n\t\x00\x7f\xff' b"it's" b'"\''
print(len(repr("'q'" * 2**20)), 'x' * 3 + 'y', b'x' * 3 + b'y')    # expect: 3145730 xxxy b'xxxy'
