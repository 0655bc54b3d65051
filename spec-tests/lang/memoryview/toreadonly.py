b = bytearray(b'abc')
r = memoryview(b).toreadonly()
print(r.readonly, r.obj is b, r.tobytes(), r == b)
b[0] = 65
print(r.tobytes(), r.toreadonly().readonly)
try:
    r[0] = 1
except TypeError as e:
    print(e)
try:
    b.append(1)
except BufferError as e:
    print(e)

# expect: True True b'abc' True
# expect: b'Abc' True
# expect: cannot modify read-only memory
# expect: Existing exports of data: object cannot be re-sized
