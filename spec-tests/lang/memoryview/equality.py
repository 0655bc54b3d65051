m = memoryview(b'abc')
print(m == b'abc', m == bytearray(b'abc'), m == memoryview(b'abc'), m != b'abd')
print(b'abc' == m, bytearray(b'abc') == m, m == 'abc', m == [97, 98, 99])
print(m[::2] == b'ac', m[::-1] == b'cba', m[1:] == m[1:], m[:0] == b'')
print(memoryview(b'\x01').cast('b') == memoryview(b'\x01'), memoryview(b'\xff').cast('b') == memoryview(b'\xff'))
print(memoryview(b'a').cast('c') == b'a', memoryview(b'a').cast('c') == memoryview(b'a').cast('c'))
f = memoryview(b'\x00\x00\xc0\x7f').cast('f')
print(f == f, f.tolist())
one_f = memoryview(b'\x00\x00\x80\x3f').cast('f')
one_i = memoryview(b'\x01\x00\x00\x00').cast('i')
print(one_f == one_i, one_f.tolist(), one_i.tolist())

# expect: True True True True
# expect: True True False False
# expect: True True True True
# expect: True False
# expect: False True
# expect: False [nan]
# expect: True [1.0] [1]
