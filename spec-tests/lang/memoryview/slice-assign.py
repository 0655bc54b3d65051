b = bytearray(b'abcdef')
m = memoryview(b)
m[0:2] = b'XY'
m[2:4] = bytearray(b'ZW')
m[4:] = memoryview(b'..')
print(b)
m[1:] = m[:-1]
print(b)
m[::2] = b'123'
print(b)
m[::-1] = b'fedcba'
print(b)
m[3:3] = b''
print(b)
ints = memoryview(bytearray(8)).cast('i')
ints[0:2] = memoryview(b'\x01\x00\x00\x00\x02\x00\x00\x00').cast('i')
print(ints.tolist())

# expect: bytearray(b'XYZW..')
# expect: bytearray(b'XXYZW.')
# expect: bytearray(b'1X2Z3.')
# expect: bytearray(b'abcdef')
# expect: bytearray(b'abcdef')
# expect: [1, 2]
