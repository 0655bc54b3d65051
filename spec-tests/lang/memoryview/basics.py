b = bytearray(b'hello')
m = memoryview(b)
print(len(m), m[0], m[-1], m[4])
print(m.readonly, m.nbytes, m.itemsize, m.format, m.ndim)
print(m.shape, m.strides, m.suboffsets, m.obj is b)
print(m.c_contiguous, m.f_contiguous, m.contiguous)
print(bool(m), bool(memoryview(b'')), len(memoryview(b'')))

# expect: 5 104 111 111
# expect: False 5 1 B 1
# expect: (5,) (1,) () True
# expect: True True True
# expect: True False 0
