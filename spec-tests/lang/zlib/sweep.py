# Compressed bytes at every level and framing, summed by crc32; each round-trips.
import zlib
state = 99
def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n
total = 0
for n in range(60):
    words = [b'spam', b'eggs', b'ham', b' ', b'\n', bytes([rand(256)])]
    data = b''.join(words[rand(len(words))] for _ in range(rand(3000)))
    for level in (-1, 0, 1, 6, 9):
        for wbits in (15, -15, 31, 9, -9):
            packed = zlib.compress(data, level, wbits)
            total = zlib.crc32(packed, total)
            assert zlib.decompress(packed, wbits if wbits != 9 else 15) == data
            assert zlib.decompress(packed, 47 if wbits > 0 else wbits) == data
    for strategy in (zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED):
        c = zlib.compressobj(6, zlib.DEFLATED, 15, 9, strategy)
        packed = b''.join([c.compress(data[:100]), c.flush(zlib.Z_SYNC_FLUSH), c.compress(data[100:]), c.flush(zlib.Z_FULL_FLUSH), c.flush()])
        total = zlib.crc32(packed, total)
        d = zlib.decompressobj()
        out = b''
        while packed:
            out += d.decompress(packed, 77)
            packed = d.unconsumed_tail
        assert out + d.flush() == data and d.eof
print(total, zlib.adler32(data), zlib.crc32(data))

# expect: 1128487560 1486611495 2505576409
