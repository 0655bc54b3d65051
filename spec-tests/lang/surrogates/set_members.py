s = {'\ud800', '\ufffd', chr(0xd800)}
print(len(s))    # expect: 2
print('\ud800' in s)    # expect: True
