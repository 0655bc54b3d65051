b = bytearray()
try:
    b.append(256)
except ValueError as e:
    print(e)    # expect: byte must be in range(0, 256)
try:
    b.append('a')
except TypeError as e:
    print(e)    # expect: 'str' object cannot be interpreted as an integer
b.append()    # raises: TypeError: bytearray.append() takes exactly one argument (0 given)
