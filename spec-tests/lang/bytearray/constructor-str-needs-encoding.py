bytearray('text')    # raises: TypeError: string argument without an encoding
