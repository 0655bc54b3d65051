import io, os
path = '/tmp/lython-codecs-io.txt'
with open(path, 'w', encoding='cp1252') as f:
    print(f.encoding, f.write('Grüße €\nzwei\r\n'))
with open(path, 'rb') as f:
    print(f.read())
with open(path, encoding='cp1252') as f:
    print(f.readlines())
with open(path, encoding='iso8859_15', newline='') as f:
    print(repr(f.read()))
with open(path, encoding='ascii', errors='replace') as f:
    print(repr(f.read()))
w = io.TextIOWrapper(io.BytesIO(), encoding='latin9')
w.write('€uro')
w.flush()
print(w.buffer.getvalue())
r = io.TextIOWrapper(io.BytesIO(b'caf\xe9\nb'), encoding='cp850')
print(r.readline(), r.read())
os.remove(path)

# expect: cp1252 14
# expect: b'Gr\xfc\xdfe \x80\nzwei\r\n'
# expect: ['Grüße €\n', 'zwei\n']
# expect: 'Grüße \x80\nzwei\r\n'
# expect: 'Gr��e �\nzwei\n'
# expect: b'\xa4uro'
# expect: cafÚ
# expect:  b
