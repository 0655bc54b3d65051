b = bytearray(b'abc')
b[0:1] = [-1]    # raises: ValueError: byte must be in range(0, 256)
