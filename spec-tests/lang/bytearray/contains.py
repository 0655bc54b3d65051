b = bytearray(b'hello')
print(104 in b, 0 in b, b'ell' in b, bytearray(b'lo') in b, b'' in b)    # expect: True False True True True
print(bytearray(b'e') in b'hello')    # expect: True
300 in b    # raises: ValueError: byte must be in range(0, 256)
