import gzip, io
data = b'hello world\n' * 50
packed = gzip.compress(data, mtime=0)
print(packed)
print(gzip.decompress(packed) == data)
for level in (1, 9):
    f = io.BytesIO()
    with gzip.GzipFile(fileobj=f, mode='wb', mtime=0, compresslevel=level) as g:
        g.write(b'abc' * 100)
        g.write(b'xyz' * 10)
    print(f.getvalue())
    print(gzip.GzipFile(fileobj=io.BytesIO(f.getvalue())).read()[-12:])
two = gzip.compress(b'one ', mtime=0) + gzip.compress(b'two', mtime=0)
print(gzip.decompress(two))
try:
    gzip.decompress(packed[:-5])
except EOFError as e:
    print('EOFError', e)

# expect: b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03\xcbH\xcd\xc9\xc9W(\xcf/\xcaI\xe1\xca\x18e\x8f\xb2\xa9\xc4\x06\x00\x17\x80\xe1PX\x02\x00\x00'
# expect: True
# expect: b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x04\xffKLJN\x1cE\xc4\x85@Ee\x15\x1e\x04\x009\t.\x89J\x01\x00\x00'
# expect: b'xyzxyzxyzxyz'
# expect: b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xffKLJN\x1cE\xc4\xa1\x8a\xca*<\x08\x009\t.\x89J\x01\x00\x00'
# expect: b'xyzxyzxyzxyz'
# expect: b'one two'
# expect: EOFError Compressed file ended before the end-of-stream marker was reached
