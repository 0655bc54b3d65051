print(repr(chr(0xd7ff)), repr(chr(0xe000)))    # expect: '\ud7ff' '\ue000'
chr(0x110000)    # raises: ValueError: chr() arg not in range(0x110000)
