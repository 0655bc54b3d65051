print(repr(chr(0xd800)))    # expect: '\ud800'
print(repr(chr(0xdfff)))    # expect: '\udfff'
print(len(chr(0xdc80)))    # expect: 1
print(chr(0xd800) == '\ud800')    # expect: True
