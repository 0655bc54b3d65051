class I:
    def __index__(self):
        return 1
b = bytearray(b'abc')
print(b[I()])    # expect: 98
b[I()] = 66
print(b)    # expect: bytearray(b'aBc')
