b = bytearray(b'abc')
b[0:0] = [120, 121]
print(b)    # expect: bytearray(b'xyabc')
b[1:2] = (z for z in [49, 50])
print(b)    # expect: bytearray(b'x12abc')
