b = bytearray(b'abc')
b[0] = 'a'    # raises: TypeError: 'str' object cannot be interpreted as an integer
