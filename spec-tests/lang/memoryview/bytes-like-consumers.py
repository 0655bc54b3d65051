m = memoryview(b'hello')[1:4]
print(bytes(m), bytearray(m), b'x' + m, bytearray(b'x') + m, m in b'_ell_')
print(int.from_bytes(memoryview(b'\x01\x00'), 'little'), b''.join([m, m]), b'bell'.find(m))
ba = bytearray(b'>')
ba += m
ba.extend(m)
print(ba, b'%s!' % m, bytearray(b'[%s]') % m, str(m, 'ascii'))

# expect: b'ell' bytearray(b'ell') b'xell' bytearray(b'xell') True
# expect: 1 b'ellell' 1
# expect: bytearray(b'>ellell') b'ell!' bytearray(b'[ell]') ell
