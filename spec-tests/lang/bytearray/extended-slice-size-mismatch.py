b = bytearray(b'abcdef')
b[::2] = b'XY'    # raises: ValueError: attempt to assign bytes of size 2 to extended slice of size 3
