d = {'\ud800': 1, '\ufffd': 2, chr(0xdc80): 3}
print(len(d), d['\ud800'], d['\ufffd'], d['\udc80'])    # expect: 3 1 2 3
print(repr(list(d)))    # expect: ['\ud800', '�', '\udc80']
print('\ud800' in d, '\ud801' in d)    # expect: True False
