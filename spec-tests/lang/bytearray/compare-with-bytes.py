print(bytearray(b'abc') == b'abc', b'abc' == bytearray(b'abc'))    # expect: True True
print(bytearray(b'abc') != b'abd', bytearray(b'a') < b'b', b'b' > bytearray(b'a'))    # expect: True True True
print(bytearray(b'a') == 'a', bytearray() == b'')    # expect: False True
print(bytearray(b'ab') <= bytearray(b'ab'), bytearray(b'ab') >= bytearray(b'abc'))    # expect: True False
