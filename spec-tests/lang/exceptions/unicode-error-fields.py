# The Unicode errors' fields and messages (UnicodeEncodeError_str and siblings).
d = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 1, 'invalid start byte')
print(d)          # expect: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
print(d.encoding, d.object, d.start, d.end, d.reason)   # expect: utf-8 b'\xff\xfe' 0 1 invalid start byte
print(UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 2, 'r'))   # expect: 'utf-8' codec can't decode bytes in position 0-1: r
print(UnicodeDecodeError('utf-8', b'\xff\xfe', 5, 1, 'r'))   # expect: 'utf-8' codec can't decode bytes in position 5-0: r
print(UnicodeEncodeError('ascii', '\xe9', 0, 1, 'r'))        # expect: 'ascii' codec can't encode character '\xe9' in position 0: r
print(UnicodeEncodeError('ascii', '\u20ac', 0, 1, 'r'))      # expect: 'ascii' codec can't encode character '\u20ac' in position 0: r
print(UnicodeEncodeError('ascii', 'a\U0001f600', 1, 2, 'r')) # expect: 'ascii' codec can't encode character '\U0001f600' in position 1: r
print(UnicodeEncodeError('ascii', 'abc', 0, 3, 'r'))         # expect: 'ascii' codec can't encode characters in position 0-2: r
t = UnicodeTranslateError('\xe9', 0, 1, 'bad')
print(t, t.encoding)   # expect: can't translate character '\xe9' in position 0: bad None
d.reason = 'new'
d.start = True
d.end = 2
print(d, d.start)      # expect: 'utf-8' codec can't decode byte 0xfe in position 1: new 1
del d.reason
print(d)               # expect: 'utf-8' codec can't decode byte 0xfe in position 1: <NULL>
bad = [lambda: UnicodeDecodeError('utf-8', 'ab', 0, 1, 'r'),
       lambda: UnicodeDecodeError('utf-8', b'ab', 0, 1),
       lambda: UnicodeEncodeError(b'utf-8', 'ab', 0, 1, 'r'),
       lambda: UnicodeEncodeError('utf-8', 'ab', '0', 1, 'r'),
       lambda: UnicodeEncodeError('utf-8', 'ab', 0, 1, None),
       lambda: UnicodeTranslateError('ab', 2**70, 1, 'r'),
       lambda: UnicodeDecodeError('utf-8', b'ab', 0, 1, 'r', x=1)]
for make in bad:
    try:
        make()
    except (TypeError, OverflowError) as err:
        print(type(err).__name__, err)
# expect: TypeError a bytes-like object is required, not 'str'
# expect: TypeError function takes exactly 5 arguments (4 given)
# expect: TypeError argument 1 must be str, not bytes
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError argument 5 must be str, not None
# expect: OverflowError Python int too large to convert to C ssize_t
# expect: TypeError UnicodeDecodeError() takes no keyword arguments
for value in ('3', 2**70):
    try:
        d.end = value
    except (TypeError, OverflowError) as err:
        print(type(err).__name__, err)
# expect: TypeError an integer is required
# expect: OverflowError Python int too large to convert to C ssize_t
del d.start   # raises: TypeError: can't delete numeric/char attribute
