print(len(bytearray(b'abc')), bool(bytearray()), bool(bytearray(1)))    # expect: 3 False True
