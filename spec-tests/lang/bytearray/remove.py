b = bytearray(b'abca')
b.remove(97)
print(b)    # expect: bytearray(b'bca')
b.remove(122)    # raises: ValueError: value not found in bytearray
