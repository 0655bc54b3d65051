bytearray(object())    # raises: TypeError: cannot convert 'object' object to bytearray
