print(bytearray(b'ab') * 2, 3 * bytearray(b'x'), bytearray(b'ab') * -1)    # expect: bytearray(b'abab') bytearray(b'xxx') bytearray(b'')
