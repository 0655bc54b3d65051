'h' in bytearray(b'h')    # raises: TypeError: a bytes-like object is required, not 'str'
