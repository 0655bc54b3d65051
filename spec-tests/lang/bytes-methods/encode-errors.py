def attempt(f):
    try:
        print(f())
    except (TypeError, LookupError, UnicodeEncodeError) as e:
        print(type(e).__name__, e)
attempt(lambda: 'aé€😀b'.encode('ascii'))
attempt(lambda: 'aé€😀b'.encode('latin-1'))
attempt(lambda: 'é'.encode('ascii', 'surrogateescape'))
attempt(lambda: 'é'.encode('ascii', 'bogus'))
attempt(lambda: 'a'.encode(1))
attempt(lambda: 'a'.encode('utf-8', 1))
attempt(lambda: 'a'.encode('a', 'b', 'c'))
attempt(lambda: 'a'.encode(x=1))
attempt(lambda: 'a'.encode('nope'))
attempt(lambda: 'a'.encode(None))
attempt(lambda: bytes('a', 'nope'))
attempt(lambda: bytes(b'a', 'ascii'))
attempt(lambda: bytes('a', errors='strict'))
try:
    'abé€x'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)

# expect: UnicodeEncodeError 'ascii' codec can't encode characters in position 1-3: ordinal not in range(128)
# expect: UnicodeEncodeError 'latin-1' codec can't encode characters in position 2-3: ordinal not in range(256)
# expect: UnicodeEncodeError 'ascii' codec can't encode character '\xe9' in position 0: ordinal not in range(128)
# expect: LookupError unknown error handler name 'bogus'
# expect: TypeError encode() argument 'encoding' must be str, not int
# expect: TypeError encode() argument 'errors' must be str, not int
# expect: TypeError encode() takes at most 2 arguments (3 given)
# expect: TypeError 'x' is an invalid keyword argument for encode()
# expect: LookupError unknown encoding: nope
# expect: TypeError encode() argument 'encoding' must be str, not None
# expect: LookupError unknown encoding: nope
# expect: TypeError encoding without a string argument
# expect: TypeError string argument without an encoding
# expect: ascii 'abé€x' 2 4 ordinal not in range(128)
'x€'.encode('latin-1')    # raises: UnicodeEncodeError: 'latin-1' codec can't encode character '\u20ac' in position 1: ordinal not in range(256)
