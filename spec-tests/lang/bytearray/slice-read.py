b = bytearray(b'abcdef')
print(b[1:3], b[::2], b[::-1], b[10:])    # expect: bytearray(b'bc') bytearray(b'ace') bytearray(b'fedcba') bytearray(b'')
print(type(b[:1]).__name__)    # expect: bytearray
