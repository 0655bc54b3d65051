b = bytearray(b'abcdef')
b[::2] = b'XYZ'
print(b)    # expect: bytearray(b'XbYdZf')
b[::-1] = b'123456'
print(b)    # expect: bytearray(b'654321')
