import array, zlib, _sha256, binascii
a = array.array('i', [1, 2, 3])
m = memoryview(a)
print(m.format, m.itemsize, len(m), m.tolist(), m.nbytes, m.readonly, bytes(a), bytes(m[1:]))
m[0] = 99
print(a, m[2])
print(zlib.crc32(a), _sha256.sha256(a).hexdigest()[:16], binascii.hexlify(a))
d = array.array('d', [0.5, 1.5])
print(memoryview(d).cast('B').tolist()[:8], memoryview(d)[1], bytearray(d)[-1])

# expect: i 4 3 [1, 2, 3] 12 False b'\x01\x00\x00\x00\x02\x00\x00\x00\x03\x00\x00\x00' b'\x02\x00\x00\x00\x03\x00\x00\x00'
# expect: array('i', [99, 2, 3]) 3
# expect: 1955188740 4da7d8018d463d5e b'630000000200000003000000'
# expect: [0, 0, 0, 0, 0, 0, 224, 63] 1.5 63
