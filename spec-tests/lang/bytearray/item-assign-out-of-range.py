b = bytearray(b'abc')
b[3] = 1    # raises: IndexError: bytearray index out of range
