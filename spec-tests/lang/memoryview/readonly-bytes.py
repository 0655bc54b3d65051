m = memoryview(b'abc')
print(m.readonly, m[1:].readonly, memoryview(bytearray(b'x')).readonly)

# expect: True True False
m[1:2] = b'x'    # raises: TypeError: cannot modify read-only memory
