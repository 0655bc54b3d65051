print(str(b'caf\xc3\xa9', 'utf-8'), str(b'\xff', 'utf-8', 'replace'), str(b'abc', errors='strict'), str(bytearray(b'xy'), 'ascii'))
print(str(memoryview(b'mv'), 'latin-1'), str(object=b'kw', encoding='ascii'), repr(str(errors='ignore')), str(object=5), str(b'repr'))
def attempt(*args, **kwargs):
    try:
        print(str(*args, **kwargs))
    except (TypeError, UnicodeDecodeError) as e:
        print(type(e).__name__, e)
attempt('abc', 'ascii')
attempt(1, 'ascii')
attempt(b'a', 1)
attempt(b'a', 'ascii', 1)
attempt(b'a', 'ascii', 'strict', 1)
attempt(b'a', foo=1)
attempt(1, errors='strict')
attempt(b'\xff', 'ascii')

# expect: café � abc xy
# expect: mv kw '' 5 b'repr'
# expect: TypeError decoding str is not supported
# expect: TypeError decoding to str: need a bytes-like object, int found
# expect: TypeError str() argument 'encoding' must be str, not int
# expect: TypeError str() argument 'errors' must be str, not int
# expect: TypeError str() takes at most 3 arguments (4 given)
# expect: TypeError 'foo' is an invalid keyword argument for str()
# expect: TypeError decoding to str: need a bytes-like object, int found
# expect: UnicodeDecodeError 'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)
