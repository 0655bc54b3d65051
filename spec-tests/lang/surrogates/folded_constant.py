s = '\ud800' + 'x'
print(repr(s))    # expect: '\ud800x'
t = '\udc80' * 2
print(repr(t))    # expect: '\udc80\udc80'
