bytearray(2**100)    # raises: OverflowError: cannot fit 'int' into an index-sized integer
