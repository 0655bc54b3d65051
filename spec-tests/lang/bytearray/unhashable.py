s = set()
s.add(bytearray(b'x'))    # raises: TypeError: unhashable type: 'bytearray'
