b = bytearray(b'abc')
print(b.pop(), b.pop(0), b)    # expect: 99 97 bytearray(b'b')
b.pop(5)    # raises: IndexError: pop index out of range
