bytearray(b'x')['a']    # raises: TypeError: bytearray indices must be integers or slices, not str
