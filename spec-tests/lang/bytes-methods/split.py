print(b'a,b,,c'.split(b','), b'a,b,,c'.split(b',', 1), b'a,b,,c'.rsplit(b',', 1), b'a,b,,c'.split(b',', 0))
print(b''.split(b','), b','.split(b','), b'aaa'.split(b'aa'), b'aaa'.rsplit(b'aa'), b'abc'.split(maxsplit=-1, sep=b'b'))
print(bytearray(b'x-y').split(b'-'), b'1<>2<>3'.rsplit(bytearray(b'<>'), 1), b'x'.split(memoryview(b'x')))
b = b'whole'
print(b.split(b',')[0] is b, b.split()[0] is b, b.rsplit()[0] is b)

# expect: [b'a', b'b', b'', b'c'] [b'a', b'b,,c'] [b'a,b,', b'c'] [b'a,b,,c']
# expect: [b''] [b'', b''] [b'', b'a'] [b'a', b''] [b'a', b'c']
# expect: [bytearray(b'x'), bytearray(b'y')] [b'1<>2', b'3'] [b'', b'']
# expect: True True True
