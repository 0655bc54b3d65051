b = bytearray(b'abc')
c = b[:]
c[0] = 122
print(b, c)    # expect: bytearray(b'abc') bytearray(b'zbc')
