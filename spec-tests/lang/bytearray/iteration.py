b = bytearray(b'abc')
print(list(b), [x + 1 for x in b], tuple(reversed(b)))    # expect: [97, 98, 99] [98, 99, 100] (99, 98, 97)
it = iter(b)
print(type(it).__name__, next(it))    # expect: bytearray_iterator 97
