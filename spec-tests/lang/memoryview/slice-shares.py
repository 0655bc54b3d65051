b = bytearray(b'abcdef')
m = memoryview(b)
s = m[2:5]
print(s.tobytes(), s.obj is b, len(s), s.nbytes)
s[0] = ord('C')
s[-1] = ord('E')
print(b)
t = s[1:]
t[0] = ord('D')
print(b, t.tobytes(), t.obj is b)
b[5] = ord('F')
print(m.tobytes(), m[2:].tobytes())

# expect: b'cde' True 3 3
# expect: bytearray(b'abCdEf')
# expect: bytearray(b'abCDEf') b'DE' True
# expect: b'abCDEF' b'CDEF'
