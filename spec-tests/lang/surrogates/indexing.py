s = 'a\ud800b\udc80'
print(repr(s[1]), repr(s[-1]), repr(s[0]), repr(s[2]))    # expect: '\ud800' '\udc80' 'a' 'b'
s[4]    # raises: IndexError: string index out of range
