import binascii as b
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for s in [b'YQ', b'YQ=', b'YQ==', b'Y', b'YQ==YQ==', b'=YQ==', b'YQ=x=', b'Y=Q==', b'abcde', b'ab!cd', b'YWJj=', b'YWI==', b'YW\nJj', 'YQ==', '\xe9']:
    show(lambda: b.a2b_base64(s))
    show(lambda: b.a2b_base64(s, strict_mode=True))
show(lambda: b.a2b_base64(1))
show(lambda: b.b2a_base64('x'))
show(lambda: b.a2b_hex(b'abc'))
show(lambda: b.a2b_hex(b'zz'))
show(lambda: b.unhexlify('0A0b'))
show(lambda: b.hexlify(b'abc', '-', 2))
show(lambda: b.hexlify(b'abc', 'xx'))
show(lambda: b.b2a_hex(b'\x01\x02\x03\x04', b'|', -3))
show(lambda: b.crc32(b'abc', 5))
show(lambda: b.crc32(b'a', -1))
show(lambda: b.crc32(b'a', 2**70 + 3))
show(lambda: b.crc_hqx(b'a', -1))
show(lambda: b.crc32())
show(lambda: b.crc_hqx(b''))
show(lambda: b.crc32(b'', value=1))
show(lambda: b.b2a_uu(b'', backtick=True))
show(lambda: b.b2a_uu(b'x' * 46))
show(lambda: b.a2b_uu(b''))
show(lambda: b.a2b_uu(b'\x80'))
show(lambda: b.a2b_uu(b'#86)C  x'))
show(lambda: b.a2b_uu(b'#86)C ``\r\n'))
show(lambda: b.a2b_uu(b'#8\x01'))
show(lambda: b.a2b_qp(data=b'a=41=\nb==c=4', header=True))
show(lambda: b.b2a_qp(b'x' * 100 + b' \n.\n' + b'=' * 30))
show(lambda: b.b2a_qp(b'a\tb c\r\nd', quotetabs=True))
print(b.Error.__mro__, b.Incomplete.__mro__)
print([n for n in dir(b) if not n.startswith('_')])

# expect: Error Incorrect padding
# expect: Error Incorrect padding
# expect: Error Incorrect padding
# expect: Error Incorrect padding
# expect: b'a'
# expect: b'a'
# expect: Error Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4
# expect: Error Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4
# expect: b'a'
# expect: Error Excess data after padding
# expect: b'a'
# expect: Error Leading padding not allowed
# expect: b'a\x0c'
# expect: Error Discontinuous padding not allowed
# expect: b'a'
# expect: Error Discontinuous padding not allowed
# expect: Error Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4
# expect: Error Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4
# expect: b'i\xb7\x1d'
# expect: Error Only base64 data is allowed
# expect: b'abc'
# expect: b'abc'
# expect: b'ab'
# expect: Error Excess data after padding
# expect: b'abc'
# expect: Error Only base64 data is allowed
# expect: b'a'
# expect: b'a'
# expect: ValueError string argument should contain only ASCII characters
# expect: ValueError string argument should contain only ASCII characters
# expect: TypeError argument should be bytes, buffer or ASCII string, not 'int'
# expect: TypeError a bytes-like object is required, not 'str'
# expect: Error Odd-length string
# expect: Error Non-hexadecimal digit found
# expect: b'\n\x0b'
# expect: b'61-6263'
# expect: ValueError sep must be length 1.
# expect: b'010203|04'
# expect: 871334697
# expect: 3310005809
# expect: 1908338681
# expect: 40311
# expect: TypeError crc32 expected at least 1 argument, got 0
# expect: TypeError crc_hqx expected 2 arguments, got 1
# expect: TypeError binascii.crc32() takes no keyword arguments
# expect: b'`\n'
# expect: Error At most 45 bytes at once
# expect: b'\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00'
# expect: b'\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00'
# expect: Error Trailing garbage
# expect: b'abc'
# expect: Error Illegal char
# expect: b'aAb=c=4'
# expect: b'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=\nxxxxxxxxxxxxxxxxxxxxxxxxx=20\n=2E\n=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=\n=3D=3D=3D=3D=3D'
# expect: b'a=09b=20c\r\nd'
# expect: (<class 'binascii.Error'>, <class 'ValueError'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>) (<class 'binascii.Incomplete'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>)
# expect: ['Error', 'Incomplete', 'a2b_base64', 'a2b_hex', 'a2b_qp', 'a2b_uu', 'b2a_base64', 'b2a_hex', 'b2a_qp', 'b2a_uu', 'crc32', 'crc_hqx', 'hexlify', 'unhexlify']
