b = bytearray(b'abcdef')
del b[0]
print(b)    # expect: bytearray(b'bcdef')
del b[-1]
print(b)    # expect: bytearray(b'bcde')
del b[1:3]
print(b)    # expect: bytearray(b'be')
del b[::2]
print(b)    # expect: bytearray(b'e')
del b[5]    # raises: IndexError: bytearray index out of range
