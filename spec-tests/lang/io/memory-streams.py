import _io
b = _io.BytesIO(b'line1\nline2\nlast')
print(b.readline(), b.readlines())
print(b.tell(), b.read(), b.getvalue())
b.seek(0)
print(list(b))
buf = bytearray(4)
b.seek(0)
print(b.readinto(buf), buf)
b.close()
try:
    b.getvalue()
except ValueError as e:
    print(e)
s = _io.StringIO()
print(s.write('héllo\n'), s.write('wörld'))
print(s.tell(), repr(s.getvalue()))
s.seek(0)
print(repr(s.read(3)), repr(s.readline()), repr(s.read()))
print(s.seek(10), s.write('x'), repr(s.getvalue()))
print(s.truncate(3), repr(s.getvalue()), s.tell())
for nl in [None, '', '\n', '\r', '\r\n']:
    s = _io.StringIO('a\nb\r\nc\rd', newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines)
try:
    _io.StringIO(newline='x')
except ValueError as e:
    print(e)
with _io.StringIO('x') as s:
    pass
print(s.closed)
class MyIO(_io.BytesIO):
    def extra(self):
        return self.getvalue().upper()
m = MyIO(b'abc')
m.attr = 1
print(m.extra(), m.read(1), m.attr)

# expect: b'line1\n' [b'line2\n', b'last']
# expect: 16 b'' b'line1\nline2\nlast'
# expect: [b'line1\n', b'line2\n', b'last']
# expect: 4 bytearray(b'line')
# expect: I/O operation on closed file.
# expect: 6 5
# expect: 11 'héllo\nwörld'
# expect: 'hél' 'lo\n' 'wörld'
# expect: 10 1 'héllo\nwörlx'
# expect: 3 'hél' 11
# expect: None 'a\nb\nc\nd' ['a\n', 'b\n', 'c\n', 'd'] ('\r', '\n', '\r\n')
# expect: '' 'a\nb\r\nc\rd' ['a\n', 'b\r\n', 'c\r', 'd'] ('\r', '\n', '\r\n')
# expect: '\n' 'a\nb\r\nc\rd' ['a\n', 'b\r\n', 'c\rd'] None
# expect: '\r' 'a\rb\r\rc\rd' ['a\r', 'b\r', '\r', 'c\r', 'd'] None
# expect: '\r\n' 'a\r\nb\r\r\nc\rd' ['a\r\n', 'b\r\r\n', 'c\rd'] None
# expect: illegal newline value: 'x'
# expect: True
# expect: b'ABC' b'a' 1
