print('\ud800' == '\ufffd')    # expect: False
print('\ud800' != '\ufffd')    # expect: True
print('a\udc80' == 'a' + chr(0xdc80))    # expect: True
print('\ud800' == '\ud801')    # expect: False
