bytearray(b'x', 'utf-8')    # raises: TypeError: encoding without a string argument
