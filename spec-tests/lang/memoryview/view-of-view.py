b = bytearray(b'xyz')
m = memoryview(b)
n = memoryview(m)
print(n.obj is b, n is m, n == m, n.tobytes())
m.release()
print(n.tobytes(), n.obj is b)
n[0] = 88
print(b)
print(memoryview(memoryview(b'ab')[1:]).tobytes())

# expect: True False True b'xyz'
# expect: b'xyz' True
# expect: bytearray(b'Xyz')
# expect: b'b'
