import zlib as z
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: z.compress(b'x', 10))
show(lambda: z.compress(b'x', wbits=99))
show(lambda: z.decompress(b'x'))
show(lambda: z.decompress(b'xyz'))
show(lambda: z.decompress(z.compress(b'abc'), wbits=99))
show(lambda: z.decompress(b'', bufsize=-1))
show(lambda: z.decompress(z.compress(b'abc'), bufsize=0))
show(lambda: z.compressobj(10))
show(lambda: z.compressobj(method=3))
show(lambda: z.compressobj(zdict=1))
show(lambda: z.decompressobj(wbits=99))
show(lambda: z.decompressobj(zdict=1))
show(lambda: z.decompressobj().decompress(b'abc'))
show(lambda: z.decompressobj().decompress(b'x', -1))
show(lambda: z.decompressobj().flush(0))
show(lambda: z.compress('x'))
show(lambda: z.crc32('x'))
show(lambda: z.crc32(b'abc', -1))
show(lambda: z.adler32(b'abc', 2**40))
show(lambda: z.adler32(b'abc'))
show(lambda: z.crc32())
show(lambda: z.crc32(b'', value=3))
show(lambda: z.adler32(b'', 1, 2))
show(lambda: z.compress(b'x', level=1.5))
show(lambda: z.decompress(z.compress(b'abc') + b'zz'))
show(lambda: z.decompress(z.compress(b'abc')[:-2]))
show(lambda: z.compress(b'abc', wbits=31))
show(lambda: z.compress(b'abc', wbits=-9))
c = z.compressobj()
print(c.compress(b'hello'), c.flush())
show(lambda: c.compress(b'x'))
show(lambda: c.copy())
show(lambda: c.flush(z.Z_NO_FLUSH))
show(lambda: c.flush(z.Z_SYNC_FLUSH))
d = z.decompressobj()
print(d.decompress(z.compress(b'hello') + b'tail'), d.unused_data, d.eof, d.unconsumed_tail)
print(d.decompress(b'more'), d.unused_data, d.flush())
d = z.decompressobj()
print(d.decompress(z.compress(b'hello' * 100), 10), len(d.unconsumed_tail), d.eof, len(d.flush()), d.eof, d.unconsumed_tail)
d = z.decompressobj()
print(d.decompress(z.compress(b'hello' * 100)[:5]), d.flush(), d.eof)
c = z.compressobj(zdict=b'hello world')
x = c.compress(b'hello world hello') + c.flush()
print(x, z.decompressobj(zdict=b'hello world').decompress(x))
show(lambda: z.decompress(x))
show(lambda: z.decompressobj().decompress(x))
c = z.compressobj(wbits=-15, zdict=b'hello world')
x = c.compress(b'hello world hello') + c.flush()
print(x, z.decompressobj(wbits=-15, zdict=bytearray(b'hello world')).decompress(x))
c = z.compressobj(1)
a = c.compress(b'abc' * 1000)
c2 = c.copy()
print(a + c.flush(z.Z_SYNC_FLUSH), a + c2.flush(z.Z_FULL_FLUSH) + c2.flush())
whole = z.compress(b'xyz' * 100)
d = z.decompressobj()
part = d.decompress(whole[:10])
d2 = d.copy()
print(part, d2.decompress(whole[10:]) == d.decompress(whole[10:]), d.eof, d2.eof)
print(z.error.__mro__, z.__version__, z.MAX_WBITS, z.Z_TREES, z.DEF_BUF_SIZE)
print([n for n in dir(z) if not n.startswith('_') and 'VERSION' not in n])

# expect: error Bad compression level
# expect: error Bad compression level
# expect: error Error -5 while decompressing data: incomplete or truncated stream
# expect: error Error -3 while decompressing data: incorrect header check
# expect: error Error -2 while preparing to decompress data: inconsistent stream state
# expect: ValueError bufsize must be non-negative
# expect: b'abc'
# expect: ValueError Invalid initialization option
# expect: ValueError Invalid initialization option
# expect: TypeError a bytes-like object is required, not 'int'
# expect: ValueError Invalid initialization option
# expect: TypeError zdict argument must support the buffer protocol
# expect: error Error -3 while decompressing data: incorrect header check
# expect: ValueError max_length must be non-negative
# expect: ValueError length must be greater than zero
# expect: TypeError a bytes-like object is required, not 'str'
# expect: TypeError a bytes-like object is required, not 'str'
# expect: 899311407
# expect: 38404390
# expect: 38600999
# expect: TypeError crc32 expected at least 1 argument, got 0
# expect: TypeError zlib.crc32() takes no keyword arguments
# expect: TypeError adler32 expected at most 2 arguments, got 3
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: b'abc'
# expect: error Error -5 while decompressing data: incomplete or truncated stream
# expect: b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03KLJ\x06\x00\xc2A$5\x03\x00\x00\x00'
# expect: b'KLJ\x06\x00'
# expect: b'x\x9c' b'\xcbH\xcd\xc9\xc9\x07\x00\x06,\x02\x15'
# expect: error Error -2 while compressing data: inconsistent stream state
# expect: ValueError Inconsistent stream state
# expect: b''
# expect: error Error -2 while flushing: inconsistent stream state
# expect: b'hello' b'tail' True b''
# expect: b'' b'tailmore' b''
# expect: b'hellohello' 7 False 490 True b''
# expect: b'he' b'' False
# expect: b'x\xbb\x1a\x0b\x04]\xcb@0\x15\xc0l\x00; \x06\x91' b'hello world hello'
# expect: error Error 2 while decompressing data
# expect: error Error 2 while decompressing data
# expect: b'\xcb@0\x15\xc0l\x00' b'hello world hello'
# expect: b'x\x01JLJN\x1cE\xa3!0\x1a\x02\xa3!0\x1a\x02\xa3!0\x1a\x02\xa3!0\x1a\x02\xa3!0\x1a\x02\x83;\x04\x00\x00\x00\x00\xff\xff' b'x\x01JLJN\x1cE\xa3!0\x1a\x02\xa3!0\x1a\x02\xa3!0\x1a\x02\xa3!0\x1a\x02\xa3!0\x1a\x02\x83;\x04\x00\x00\x00\x00\xff\xff\x03\x00\xec\xd4|\xad'
# expect: b'xyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyz' True True True
# expect: (<class 'zlib.error'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>) 1.0 15 6 16384
# expect: ['DEFLATED', 'DEF_BUF_SIZE', 'DEF_MEM_LEVEL', 'MAX_WBITS', 'Z_BEST_COMPRESSION', 'Z_BEST_SPEED', 'Z_BLOCK', 'Z_DEFAULT_COMPRESSION', 'Z_DEFAULT_STRATEGY', 'Z_FILTERED', 'Z_FINISH', 'Z_FIXED', 'Z_FULL_FLUSH', 'Z_HUFFMAN_ONLY', 'Z_NO_COMPRESSION', 'Z_NO_FLUSH', 'Z_PARTIAL_FLUSH', 'Z_RLE', 'Z_SYNC_FLUSH', 'Z_TREES', 'adler32', 'compress', 'compressobj', 'crc32', 'decompress', 'decompressobj', 'error']
