print(repr(bytearray(b"it's")))    # expect: bytearray(b"it\'s")
print(repr(bytearray(b'say "hi"')))    # expect: bytearray(b'say "hi"')
print(repr(bytearray(b'\x00\n\t\\')))    # expect: bytearray(b'\x00\n\t\\')
print(str(bytearray(b'ab')))    # expect: bytearray(b'ab')
