b = bytearray(b'abc')
m = memoryview(b)
s = m[1:]
m.release()
try:
    b.append(1)
except BufferError as e:
    print('still exported:', e)
del s
b.append(100)
print(b)
m = memoryview(b)
del m
b.append(101)
print(b)
views = [memoryview(b) for _ in range(3)]
for v in views[:-1]:
    v.release()
try:
    b.pop()
except BufferError:
    print('one left')
views[-1].release()
print(b.pop(), b)

# expect: still exported: Existing exports of data: object cannot be re-sized
# expect: bytearray(b'abcd')
# expect: bytearray(b'abcde')
# expect: one left
# expect: 101 bytearray(b'abcd')
