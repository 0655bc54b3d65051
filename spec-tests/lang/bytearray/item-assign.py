b = bytearray(b'abc')
b[0] = 65
b[-1] = 67
print(b)    # expect: bytearray(b'AbC')
b[1] = 256    # raises: ValueError: byte must be in range(0, 256)
