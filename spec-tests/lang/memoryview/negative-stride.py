m = memoryview(b'abcdefg')
r = m[::-1]
print(r.tobytes(), r.strides, r.shape, r[0], r[-1])
e = m[::2]
print(e.tobytes(), e.strides, e.nbytes, e.c_contiguous)
print(m[5:1:-2].tobytes(), m[::-3].tolist(), r[::2].tobytes(), e[::-1].tobytes())
print(m[10:].tobytes(), m[10:].shape, m[-100:2].tobytes())
print(m[4:5][::-1].c_contiguous, m[::3].contiguous)

# expect: b'gfedcba' (-1,) (7,) 103 97
# expect: b'aceg' (2,) 4 False
# expect: b'fd' [103, 100, 97] b'geca' b'geca'
# expect: b'' (0,) b'ab'
# expect: True False
