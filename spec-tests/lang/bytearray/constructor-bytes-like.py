print(bytearray(b'abc'), bytearray(bytearray(b'def')))    # expect: bytearray(b'abc') bytearray(b'def')
a = bytearray(b'x')
b = bytearray(a)
b[0] = 121
print(a, b, a is b)    # expect: bytearray(b'x') bytearray(b'y') False
