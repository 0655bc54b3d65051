m = memoryview(bytearray(b'ab'))
try:
    del memoryview(b'ab')[0]
except TypeError as e:
    print(e)

# expect: cannot modify read-only memory
del m[0]    # raises: TypeError: cannot delete memory
