import codecs, _codecs
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
print(sorted(n for n in dir(_codecs) if not n.startswith('__')))
for name in ['utf-8', 'UTF8', 'u8', 'Latin-1', 'ascii', 'cp1252', 'ISO-8859-15', 'utf_16', 'UTF-32-LE', 'koi8_r', 'mac-roman', 'rot13', 'base64' if False else 'utf-7', 'unicode_escape', 'raw-unicode-escape', 'punycode', 'cp437', 'latin9']:
    try:
        print(name, codecs.lookup(name).name)
    except Exception as e:
        print(name, type(e).__name__, e)
show(codecs.lookup, 'nope-codec')
show(codecs.lookup, 3)
show(codecs.register, 3)
show(codecs.encode, 3)
show(codecs.encode, 'x', 'nope')
show(codecs.encode, b'x', 'rot13')
show(codecs.decode, b'\xff')
show(codecs.decode, b'\xff', errors='replace')
show(codecs.encode, obj='abc', encoding='rot13')
show(codecs.decode, 'nop', 'rot13')
def search(name):
    print('searching', name)
    if name == 'my_codec':
        return codecs.CodecInfo(lambda s, e='strict': (s.upper().encode(), len(s)), lambda b, e='strict': (bytes(b).decode().lower(), len(b)), name='my-codec')
    return None
codecs.register(search)
print(codecs.lookup('My Codec').name)
print(codecs.lookup('my-codec') is codecs.lookup('MY_CODEC'))
print('abc'.encode('my-codec'), b'XYZ'.decode('my codec'))
print(codecs.encode('hi', 'my_codec'))
codecs.lookup('my_codec')
print(codecs.lookup('my_codec').name)
codecs.unregister(search)
show(codecs.lookup, 'my_codec')
codecs.unregister(search)
def bad(name):
    return 42 if name == 'bad_one' else None
codecs.register(bad)
show(codecs.lookup, 'bad one')
codecs.unregister(bad)
def weird(name):
    if name == 'weird':
        return codecs.CodecInfo(lambda s, e='strict': (s, len(s)), lambda b, e='strict': (b, len(b)), name='weird')
codecs.register(weird)
show('abc'.encode, 'weird')
show(b'abc'.decode, 'weird')
show(codecs.encode, 'abc', 'weird')
def fails(name):
    if name == 'fails':
        return codecs.CodecInfo(lambda s, e='strict': 1/0, lambda b, e='strict': int('x'), name='fails')
codecs.register(fails)
show(codecs.encode, 'abc', 'fails')
show(codecs.decode, b'abc', 'fails')
show(_codecs.lookup)
show(_codecs.lookup, 'a', 'b')
show(_codecs.lookup, encoding='a')

# expect: ['ascii_decode', 'ascii_encode', 'charmap_build', 'charmap_decode', 'charmap_encode', 'decode', 'encode', 'escape_decode', 'escape_encode', 'latin_1_decode', 'latin_1_encode', 'lookup', 'lookup_error', 'raw_unicode_escape_decode', 'raw_unicode_escape_encode', 'readbuffer_encode', 'register', 'register_error', 'unicode_escape_decode', 'unicode_escape_encode', 'unregister', 'utf_16_be_decode', 'utf_16_be_encode', 'utf_16_decode', 'utf_16_encode', 'utf_16_ex_decode', 'utf_16_le_decode', 'utf_16_le_encode', 'utf_32_be_decode', 'utf_32_be_encode', 'utf_32_decode', 'utf_32_encode', 'utf_32_ex_decode', 'utf_32_le_decode', 'utf_32_le_encode', 'utf_7_decode', 'utf_7_encode', 'utf_8_decode', 'utf_8_encode']
# expect: utf-8 utf-8
# expect: UTF8 utf-8
# expect: u8 utf-8
# expect: Latin-1 iso8859-1
# expect: ascii ascii
# expect: cp1252 cp1252
# expect: ISO-8859-15 iso8859-15
# expect: utf_16 utf-16
# expect: UTF-32-LE utf-32-le
# expect: koi8_r koi8-r
# expect: mac-roman mac-roman
# expect: rot13 rot-13
# expect: utf-7 utf-7
# expect: unicode_escape unicode-escape
# expect: raw-unicode-escape raw-unicode-escape
# expect: punycode punycode
# expect: cp437 cp437
# expect: latin9 iso8859-15
# expect: LookupError unknown encoding: nope-codec
# expect: TypeError lookup() argument must be str, not int
# expect: TypeError argument must be callable
# expect: TypeError encoding with 'utf-8' codec failed (TypeError: utf_8_encode() argument 1 must be str, not int)
# expect: LookupError unknown encoding: nope
# expect: TypeError encoding with 'rot13' codec failed (TypeError: descriptor 'translate' for 'str' objects doesn't apply to a 'bytes' object)
# expect: UnicodeDecodeError 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
# expect: '�'
# expect: 'nop'
# expect: 'abc'
# expect: searching my_codec
# expect: my-codec
# expect: True
# expect: b'ABC' xyz
# expect: b'HI'
# expect: my-codec
# expect: LookupError unknown encoding: my_codec
# expect: TypeError codec search functions must return 4-tuples
# expect: TypeError 'weird' encoder returned 'str' instead of 'bytes'; use codecs.encode() to encode to arbitrary types
# expect: TypeError 'weird' decoder returned 'memoryview' instead of 'str'; use codecs.decode() to decode to arbitrary types
# expect: 'abc'
# expect: ZeroDivisionError encoding with 'fails' codec failed (ZeroDivisionError: division by zero)
# expect: ValueError decoding with 'fails' codec failed (ValueError: invalid literal for int() with base 10: 'x')
# expect: TypeError _codecs.lookup() takes exactly one argument (0 given)
# expect: TypeError _codecs.lookup() takes exactly one argument (2 given)
# expect: TypeError _codecs.lookup() takes no keyword arguments
