b = bytearray(b'abcd')
m = memoryview(b)
b[0] = 65
b[1:3] = b'BC'
b[::2] = b'xy'
b.extend(b'')
b.extend([])
b.reverse()
del b[2:2]
b += b''
b *= 1
print(b, m.tobytes())
e = bytearray()
me = memoryview(e)
e.clear()
try:
    e.pop()
except IndexError as err:
    print('IndexError', err)
try:
    b.remove(0)
except ValueError as err:
    print('ValueError', err)
print(e, b)

# expect: bytearray(b'dyBx') b'dyBx'
# expect: IndexError pop from empty bytearray
# expect: ValueError value not found in bytearray
# expect: bytearray(b'') bytearray(b'dyBx')
