print(b'aaa'.replace(b'a', b'bb'), b'aaa'.replace(b'a', b'bb', 2), b'aaa'.replace(b'a', b'', 1))
print(b'abc'.replace(b'', b'-'), b'abc'.replace(b'', b'-', 2), b''.replace(b'', b'x'), b'abc'.replace(b'', b''))
print(b'aaaa'.replace(b'aa', b'b'), b'abcabc'.replace(b'bc', b'X', -5), b'abc'.replace(b'abc', b''))
print(bytearray(b'one two').replace(b'two', b'three'), b'x'.replace(bytearray(b'x'), memoryview(b'y')))
b = b'unchanged'
print(b.replace(b'z', b'y') is b, b.replace(b'u', b'u') is b, b.replace(b'u', b'v', 0) is b)
ba = bytearray(b'abc')
print(ba.replace(b'z', b'y') is ba, ba.replace(b'z', b'y'))

# expect: b'bbbbbb' b'bbbba' b'aa'
# expect: b'-a-b-c-' b'-a-bc' b'x' b'abc'
# expect: b'bb' b'aXaX' b''
# expect: bytearray(b'one three') b'y'
# expect: True False True
# expect: False bytearray(b'abc')
