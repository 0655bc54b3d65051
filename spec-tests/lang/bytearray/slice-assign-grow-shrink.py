b = bytearray(b'abcdef')
b[1:3] = b'XYZW'
print(b)    # expect: bytearray(b'aXYZWdef')
b[:4] = b''
print(b)    # expect: bytearray(b'Wdef')
b[len(b):] = bytearray(b'!')
print(b)    # expect: bytearray(b'Wdef!')
