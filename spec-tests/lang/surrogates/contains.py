s = 'ab\ud800cd'
print('\ud800' in s, '\ufffd' in s, 'b\ud800c' in s, '' in s)    # expect: True False True True
print('\ud800' in 'abc', '\udc80' in '\ud800\udc80')    # expect: False True
print('\ud800' not in s)    # expect: False
