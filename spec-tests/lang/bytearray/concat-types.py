print(b'a' + bytearray(b'b'), type(b'a' + bytearray(b'b')).__name__)    # expect: b'ab' bytes
print(bytearray(b'a') + b'b', type(bytearray(b'a') + b'b').__name__)    # expect: bytearray(b'ab') bytearray
print(bytearray(b'a') + bytearray(b'b'))    # expect: bytearray(b'ab')
bytearray(b'a') + 'b'    # raises: TypeError: can't concat str to bytearray
