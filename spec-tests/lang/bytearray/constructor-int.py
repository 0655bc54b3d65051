print(bytearray(0), bytearray(4))    # expect: bytearray(b'') bytearray(b'\x00\x00\x00\x00')
print(len(bytearray(1000)))    # expect: 1000
bytearray(-1)    # raises: ValueError: negative count
