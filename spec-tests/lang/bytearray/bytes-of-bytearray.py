b = bytearray(b'xyz')
c = bytes(b)
b[0] = 65
print(c, type(c).__name__, b)    # expect: b'xyz' bytes bytearray(b'Ayz')
