a, b, c = bytearray(b'xyz')
print(a, b, c, max(bytearray(b'az')), sorted(bytearray(b'cab')))    # expect: 120 121 122 122 [97, 98, 99]
