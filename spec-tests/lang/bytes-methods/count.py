b = b'abcabcab'
print(b.count(b'ab'), b.count(97), b.count(b'abc', 1), b.count(b'ab', -3), b.count(b'ab', 0, 4))
print(b.count(b''), b.count(b'', 3, 5), b.count(b'', 9), b.count(b'', 8), b'aaaa'.count(b'aa'), bytearray(b'aaa').count(b'a'))

# expect: 3 3 1 1 1
# expect: 9 3 0 1 2 3
