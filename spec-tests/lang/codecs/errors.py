import codecs
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
for name in ['strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'namereplace', 'surrogateescape', 'surrogatepass']:
    h = codecs.lookup_error(name)
    print(name, h)
    show(h, UnicodeEncodeError('ascii', 'a\xe9\u20ac\U0001f600\udc80b', 1, 5, 'bad'))
    show(h, UnicodeEncodeError('utf-8', 'a\ud800\udfffb', 1, 3, 'bad'))
    show(h, UnicodeEncodeError('latin-1', 'a\udc80\udcffb', 1, 3, 'bad'))
    show(h, UnicodeDecodeError('utf-8', b'a\xff\x80\x41b', 1, 3, 'bad'))
    show(h, UnicodeDecodeError('utf-8', b'a\xed\xa0\x80b', 1, 2, 'bad'))
    show(h, UnicodeDecodeError('utf-16-le', b'\x00\xd8ab', 0, 2, 'bad'))
    show(h, UnicodeTranslateError('a\xe9\u20acb', 1, 3, 'bad'))
    show(h, ValueError('x'))
    show(h, 'nope')
show(codecs.lookup_error, 'nope')
show(codecs.lookup_error, 3)
show(codecs.register_error, 'x', 3)
show(codecs.register_error, 3, print)
seen = []
def dashes(e):
    seen.append((type(e).__name__, e.encoding, e.start, e.end, e.reason))
    return ('-' * (e.end - e.start), e.end)
codecs.register_error('test.dashes', dashes)
print('aé€b'.encode('ascii', 'test.dashes'), b'a\xffb'.decode('utf-8', 'test.dashes'))
print('aé€b\udc80'.encode('utf-8', 'test.dashes'), 'x\u20acy'.encode('latin-1', 'test.dashes'))
print(b'a\x80\x81b'.decode('ascii', 'test.dashes'), 'a\u20acb'.encode('cp1252', 'test.dashes'), 'a\u0100b'.encode('cp1252', 'test.dashes'))
print(seen)
def skip_back(e):
    return ('<%d>' % e.start, -1)
codecs.register_error('test.back', skip_back)
print('abc\xe9x'.encode('ascii', 'test.back'))
def far(e):
    return ('?', 100)
codecs.register_error('test.far', far)
show('a\xe9'.encode, 'ascii', 'test.far')
show(b'a\xff'.decode, 'ascii', 'test.far')
codecs.register_error('test.badret', lambda e: 'x')
show('a\xe9'.encode, 'ascii', 'test.badret')
show(b'a\xff'.decode, 'ascii', 'test.badret')
codecs.register_error('test.bytes', lambda e: (b'\xfe\xfd', e.end))
print('a\xe9b'.encode('ascii', 'test.bytes'))
show(b'a\xffb'.decode, 'ascii', 'test.bytes')
codecs.register_error('test.nonascii', lambda e: ('\xe9', e.end))
show('a\u20acb'.encode, 'ascii', 'test.nonascii')
print('a\u20acb'.encode('latin-1', 'test.nonascii'))
show('a\u20acb'.encode, 'ascii', 'unknown-handler')
print('abc'.encode('ascii', 'unknown-handler'))
def raiser(e):
    raise KeyError('from handler')
codecs.register_error('test.raise', raiser)
show('a\xe9'.encode, 'ascii', 'test.raise')
print(b'\xff\xfe'.decode('utf-8', 'surrogateescape') == '\udcff\udcfe')
print('\udcff\udcfe'.encode('utf-8', 'surrogateescape'), '\udcff'.encode('latin-1', 'surrogateescape'))
show('\udc41'.encode, 'utf-8', 'surrogateescape')
print(b'a\xed\xa0\x80b'.decode('utf-8', 'surrogatepass') == 'a\ud800b')
print('a\ud800b'.encode('utf-16-le', 'surrogatepass'), 'a\ud800b'.encode('utf-32-be', 'surrogatepass'))
print(b'a\x00\x00\xd8b\x00'.decode('utf-16-le', 'surrogatepass') == 'a\ud800b')
show('a\ud800b'.encode, 'latin-1', 'surrogatepass')
show(b'a\xffb'.decode, 'utf-8', 'xmlcharrefreplace')
print(b'a\xff\xfeb'.decode('ascii', 'backslashreplace'), b'a\xff\xfeb'.decode('utf-16-le', 'replace'))

# expect: strict <built-in function strict_errors>
# expect: UnicodeEncodeError 'ascii' codec can't encode characters in position 1-4: bad
# expect: UnicodeEncodeError 'utf-8' codec can't encode characters in position 1-2: bad
# expect: UnicodeEncodeError 'latin-1' codec can't encode characters in position 1-2: bad
# expect: UnicodeDecodeError 'utf-8' codec can't decode bytes in position 1-2: bad
# expect: UnicodeDecodeError 'utf-8' codec can't decode byte 0xed in position 1: bad
# expect: UnicodeDecodeError 'utf-16-le' codec can't decode bytes in position 0-1: bad
# expect: UnicodeTranslateError can't translate characters in position 1-2: bad
# expect: ValueError x
# expect: TypeError codec must pass exception instance
# expect: ignore <built-in function ignore_errors>
# expect: ('', 5)
# expect: ('', 3)
# expect: ('', 3)
# expect: ('', 3)
# expect: ('', 2)
# expect: ('', 2)
# expect: ('', 3)
# expect: TypeError don't know how to handle ValueError in error callback
# expect: TypeError don't know how to handle str in error callback
# expect: replace <built-in function replace_errors>
# expect: ('????', 5)
# expect: ('??', 3)
# expect: ('??', 3)
# expect: ('�', 3)
# expect: ('�', 2)
# expect: ('�', 2)
# expect: ('��', 3)
# expect: TypeError don't know how to handle ValueError in error callback
# expect: TypeError don't know how to handle str in error callback
# expect: xmlcharrefreplace <built-in function xmlcharrefreplace_errors>
# expect: ('&#233;&#8364;&#128512;&#56448;', 5)
# expect: ('&#55296;&#57343;', 3)
# expect: ('&#56448;&#56575;', 3)
# expect: TypeError don't know how to handle UnicodeDecodeError in error callback
# expect: TypeError don't know how to handle UnicodeDecodeError in error callback
# expect: TypeError don't know how to handle UnicodeDecodeError in error callback
# expect: TypeError don't know how to handle UnicodeTranslateError in error callback
# expect: TypeError don't know how to handle ValueError in error callback
# expect: TypeError don't know how to handle str in error callback
# expect: backslashreplace <built-in function backslashreplace_errors>
# expect: ('\\xe9\\u20ac\\U0001f600\\udc80', 5)
# expect: ('\\ud800\\udfff', 3)
# expect: ('\\udc80\\udcff', 3)
# expect: ('\\xff\\x80', 3)
# expect: ('\\xed', 2)
# expect: ('\\x00\\xd8', 2)
# expect: ('\\xe9\\u20ac', 3)
# expect: TypeError don't know how to handle ValueError in error callback
# expect: TypeError don't know how to handle str in error callback
# expect: namereplace <built-in function namereplace_errors>
# expect: ('\\N{LATIN SMALL LETTER E WITH ACUTE}\\N{EURO SIGN}\\N{GRINNING FACE}\\udc80', 5)
# expect: ('\\ud800\\udfff', 3)
# expect: ('\\udc80\\udcff', 3)
# expect: TypeError don't know how to handle UnicodeDecodeError in error callback
# expect: TypeError don't know how to handle UnicodeDecodeError in error callback
# expect: TypeError don't know how to handle UnicodeDecodeError in error callback
# expect: TypeError don't know how to handle UnicodeTranslateError in error callback
# expect: TypeError don't know how to handle ValueError in error callback
# expect: TypeError don't know how to handle str in error callback
# expect: surrogateescape <built-in function surrogateescape>
# expect: UnicodeEncodeError 'ascii' codec can't encode characters in position 1-4: bad
# expect: UnicodeEncodeError 'utf-8' codec can't encode characters in position 1-2: bad
# expect: (b'\x80\xff', 3)
# expect: ('\udcff\udc80', 3)
# expect: ('\udced', 2)
# expect: UnicodeDecodeError 'utf-16-le' codec can't decode bytes in position 0-1: bad
# expect: TypeError don't know how to handle UnicodeTranslateError in error callback
# expect: TypeError don't know how to handle ValueError in error callback
# expect: TypeError don't know how to handle str in error callback
# expect: surrogatepass <built-in function surrogatepass>
# expect: UnicodeEncodeError 'ascii' codec can't encode characters in position 1-4: bad
# expect: (b'\xed\xa0\x80\xed\xbf\xbf', 3)
# expect: UnicodeEncodeError 'latin-1' codec can't encode characters in position 1-2: bad
# expect: UnicodeDecodeError 'utf-8' codec can't decode bytes in position 1-2: bad
# expect: ('\ud800', 4)
# expect: ('\ud800', 2)
# expect: TypeError don't know how to handle UnicodeTranslateError in error callback
# expect: TypeError don't know how to handle ValueError in error callback
# expect: TypeError don't know how to handle str in error callback
# expect: LookupError unknown error handler name 'nope'
# expect: TypeError lookup_error() argument must be str, not int
# expect: TypeError handler must be callable
# expect: TypeError register_error() argument 1 must be str, not int
# expect: b'a--b' a-b
# expect: b'a\xc3\xa9\xe2\x82\xacb-' b'x-y'
# expect: a--b b'a\x80b' b'a-b'
# expect: [('UnicodeEncodeError', 'ascii', 1, 3, 'ordinal not in range(128)'), ('UnicodeDecodeError', 'utf-8', 1, 2, 'invalid start byte'), ('UnicodeEncodeError', 'utf-8', 4, 5, 'surrogates not allowed'), ('UnicodeEncodeError', 'latin-1', 1, 2, 'ordinal not in range(256)'), ('UnicodeDecodeError', 'ascii', 1, 2, 'ordinal not in range(128)'), ('UnicodeDecodeError', 'ascii', 2, 3, 'ordinal not in range(128)'), ('UnicodeEncodeError', 'charmap', 1, 2, 'character maps to <undefined>')]
# expect: b'abc<3>x'
# expect: IndexError position 100 from error handler out of bounds
# expect: IndexError position 100 from error handler out of bounds
# expect: TypeError encoding error handler must return (str/bytes, int) tuple
# expect: TypeError decoding error handler must return (str, int) tuple
# expect: b'a\xfe\xfdb'
# expect: TypeError decoding error handler must return (str, int) tuple
# expect: UnicodeEncodeError 'ascii' codec can't encode character '\u20ac' in position 1: ordinal not in range(128)
# expect: b'a\xe9b'
# expect: LookupError unknown error handler name 'unknown-handler'
# expect: b'abc'
# expect: KeyError 'from handler'
# expect: True
# expect: b'\xff\xfe' b'\xff'
# expect: UnicodeEncodeError 'utf-8' codec can't encode character '\udc41' in position 0: surrogates not allowed
# expect: True
# expect: b'a\x00\x00\xd8b\x00' b'\x00\x00\x00a\x00\x00\xd8\x00\x00\x00\x00b'
# expect: True
# expect: UnicodeEncodeError 'latin-1' codec can't encode character '\ud800' in position 1: ordinal not in range(256)
# expect: TypeError don't know how to handle UnicodeDecodeError in error callback
# expect: a\xff\xfeb ｡拾
