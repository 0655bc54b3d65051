t = ('\ud800', 'x', '\udc80')
print(repr(t))    # expect: ('\ud800', 'x', '\udc80')
print(t == (chr(0xd800), 'x', chr(0xdc80)))    # expect: True
print(hash(t) == hash(('\ud800', 'x', '\udc80')))    # expect: True
