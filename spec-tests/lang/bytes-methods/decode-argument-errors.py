def attempt(f):
    try:
        print(f())
    except (TypeError, LookupError) as e:
        print(type(e).__name__, e)
attempt(lambda: b'a'.decode(1))
attempt(lambda: b'a'.decode('utf-8', 1))
attempt(lambda: b'a'.decode('utf-8', 'strict', 1))
attempt(lambda: b'a'.decode(foo='x'))
attempt(lambda: b'a'.decode('no-such-codec'))
attempt(lambda: bytearray(b'a').decode(errors=None))

# expect: TypeError decode() argument 'encoding' must be str, not int
# expect: TypeError decode() argument 'errors' must be str, not int
# expect: TypeError decode() takes at most 2 arguments (3 given)
# expect: TypeError 'foo' is an invalid keyword argument for decode()
# expect: LookupError unknown encoding: no-such-codec
# expect: TypeError decode() argument 'errors' must be str, not None
b'a'.decode('klingon')    # raises: LookupError: unknown encoding: klingon
