print(bytearray([1, 2, 255]))    # expect: bytearray(b'\x01\x02\xff')
print(bytearray(range(65, 70)))    # expect: bytearray(b'ABCDE')
print(bytearray(x for x in b'gen'))    # expect: bytearray(b'gen')
bytearray([1, 256])    # raises: ValueError: byte must be in range(0, 256)
