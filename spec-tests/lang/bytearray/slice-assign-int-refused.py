b = bytearray(b'abc')
b[0:1] = 3    # raises: TypeError: can assign only bytes, buffers, or iterables of ints in range(0, 256)
