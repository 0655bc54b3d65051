b = bytearray(b'hello')
print(b[0], b[-1], b[4])    # expect: 104 111 111
b[5]    # raises: IndexError: bytearray index out of range
