import sys
print(sys.getsizeof(memoryview(b'')), sys.getsizeof(memoryview(b'abcdef')[::2]), sys.getsizeof(iter(memoryview(b'x'))))

# expect: 184 184 64
