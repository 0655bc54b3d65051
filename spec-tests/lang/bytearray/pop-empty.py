bytearray().pop()    # raises: IndexError: pop from empty bytearray
