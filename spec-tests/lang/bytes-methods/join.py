print(b', '.join([b'a', b'b', b'c']), b''.join([]), b'-'.join([b'x']), b'-'.join(iter([b'a', b'b'])))
print(b'.'.join([bytearray(b'a'), memoryview(b'b'), b'c']), bytearray(b'+').join([b'1', b'2']), bytearray(b'').join([]))
x = b'single'
print(b'-'.join([x]) is x, b'-'.join((x,)) == x, bytearray(b'-').join([x]))
print(b'ab'.join(b'' for _ in range(3)), b'|'.join({b'k': 1}))

# expect: b'a, b, c' b'' b'x' b'a-b'
# expect: b'a.b.c' bytearray(b'1+2') bytearray(b'')
# expect: True True bytearray(b'single')
# expect: b'abab' b'k'
