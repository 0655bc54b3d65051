print(int.from_bytes(bytearray(b'\x01\x00'), 'big'), int.from_bytes(bytearray(b'\x01\x00'), 'little'))    # expect: 256 1
