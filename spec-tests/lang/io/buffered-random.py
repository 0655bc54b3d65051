import _io
p = '/tmp/lython-io-%x-rand' % id(object())
with open(p, 'w+b') as f:
    print(type(f).__name__, f.write(b'0123456789'), f.tell())
    f.seek(2)
    print(f.read(3), f.tell())
    f.write(b'ab')
    print(f.tell())
    f.seek(0)
    print(f.read())
    print(f.truncate(4), f.tell())
    f.seek(0)
    print(f.read1(100))
    print(f.seek(-2, 2), f.read())
raw = _io.FileIO(p, 'r')
br = _io.BufferedReader(raw, 2)
print(br.read(3), br.peek(1)[:1], br.raw is raw)
print(repr(br)[:24])
br.close()
print(raw.closed)
try:
    _io.BufferedWriter(_io.FileIO(p, 'r'))
except _io.UnsupportedOperation as e:
    print(e)
try:
    _io.BufferedReader(_io.FileIO(p, 'r'), 0)
except ValueError as e:
    print(e)
b = _io.BytesIO(b'xyz')
t = _io.TextIOWrapper(b, encoding='latin-1')
print(t.read(), t.encoding, t.buffer is b)
t = _io.TextIOWrapper(_io.BytesIO(), encoding='utf-8', newline='\r\n')
t.write('a\nb')
t.flush()
print(t.buffer.getvalue())
d = t.detach()
print(d.getvalue())
try:
    t.read()
except ValueError as e:
    print(e)

# expect: BufferedRandom 10 10
# expect: b'234' 5
# expect: 7
# expect: b'01234ab789'
# expect: 4 10
# expect: b'0123'
# expect: 2 b'23'
# expect: b'012' b'3' True
# expect: <_io.BufferedReader name
# expect: True
# expect: File or stream is not writable.
# expect: buffer size must be strictly positive
# expect: xyz latin-1 True
# expect: b'a\r\nb'
# expect: b'a\r\nb'
# expect: underlying buffer has been detached
