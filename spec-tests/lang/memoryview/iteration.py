m = memoryview(b'abc')
print(list(m), [x for x in m[::-1]], list(reversed(m)), 98 in m, b'b' in m)
it = iter(m)
print(type(it).__name__, next(it), iter(it) is it, list(it), list(it))
print(list(memoryview(b'ab').cast('c')), list(memoryview(b'\x01\x00\x02\x00').cast('h')))
v = memoryview(bytearray(b'xy'))
it = iter(v)
print(next(it))
v.release()
try:
    next(it)
except ValueError as e:
    print(e)

# expect: [97, 98, 99] [99, 98, 97] [99, 98, 97] True False
# expect: memory_iterator 97 True [98, 99] []
# expect: [b'a', b'b'] [1, 2]
# expect: 120
# expect: operation forbidden on released memoryview object
