b = b'a\nb\r\nc\rd\x0be\x1cf\n'
print(b.splitlines(), b.splitlines(True), b.splitlines(keepends=True))
print(b''.splitlines(), b'\n'.splitlines(), b'\n'.splitlines(True), b'\r\r\n'.splitlines(), b'x'.splitlines(False))
print(bytearray(b'p\nq').splitlines(), b'one'.splitlines()[0] is b'one'.splitlines()[0])
try:
    b'a'.splitlines(1, 2)
except TypeError as e:
    print(e)

# expect: [b'a', b'b', b'c', b'd\x0be\x1cf'] [b'a\n', b'b\r\n', b'c\r', b'd\x0be\x1cf\n'] [b'a\n', b'b\r\n', b'c\r', b'd\x0be\x1cf\n']
# expect: [] [b''] [b'\n'] [b'', b''] [b'x']
# expect: [bytearray(b'p'), bytearray(b'q')] True
# expect: splitlines() takes at most 1 argument (2 given)
