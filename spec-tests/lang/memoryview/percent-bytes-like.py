print(b'%s and %b' % (bytearray(b'x'), memoryview(b'y')))
print(bytearray(b'%d-%s') % (5, b'z'), type(bytearray(b'%s') % b'q').__name__)

# expect: b'x and y'
# expect: bytearray(b'5-z') bytearray
