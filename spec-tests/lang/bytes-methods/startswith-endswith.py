b = b'filename.tar.gz'
print(b.startswith(b'file'), b.endswith(b'.gz'), b.endswith((b'.zip', b'.gz')), b.startswith((b'x', b'y')))
print(b.startswith(b'name', 4), b.endswith(b'name', 0, 8), b.startswith(b'', 15), b.startswith(b'', 16), b.endswith(b'z', -1))
print(bytearray(b'abc').startswith(memoryview(b'ab')), b'abc'.startswith(bytearray(b'abc')), b'abc'.endswith(b'abcd'))
print(b'a'.startswith((b'a', 'never looked at')), b''.startswith(b''), b''.endswith(()))

# expect: True True True False
# expect: True True True False True
# expect: True True False
# expect: True True False
