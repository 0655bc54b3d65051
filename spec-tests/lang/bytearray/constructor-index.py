class I:
    def __index__(self):
        return 66
print(bytearray([I(), I()]))    # expect: bytearray(b'BB')
bytearray([1.0])    # raises: TypeError: 'float' object cannot be interpreted as an integer
