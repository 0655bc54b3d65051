print(ord('\ud800'))    # expect: 55296
print(ord(chr(0xdc80)))    # expect: 56448
print(ord('\udfff'))    # expect: 57343
