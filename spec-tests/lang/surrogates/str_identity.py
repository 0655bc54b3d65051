s = chr(0xd800)
print(str(s) is s)    # expect: True
print(repr(str(s)))    # expect: '\ud800'
