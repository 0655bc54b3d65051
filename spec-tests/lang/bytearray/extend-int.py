bytearray().extend(3)    # raises: TypeError: can't extend bytearray with int
