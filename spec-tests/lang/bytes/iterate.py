# bytes is a sequence of ints 0..255: everything that iterates works on it.
print(list(b'abc'))                 # expect: [97, 98, 99]
print([k for k in b'abc'])          # expect: [97, 98, 99]
print(sorted(set(b'abca')))         # expect: [97, 98, 99]
print(sorted(b'21'), min(b'hello'), max(b'\x00\xff'))   # expect: [49, 50] 101 255
print(all(b'a,b'), any(b'\x00'), tuple(b'a'))            # expect: True False (97,)
print(list(zip(range(3), b'xy')))   # expect: [(0, 120), (1, 121)]
a, *b, c = b'1234'
print(a, b, c)                      # expect: 49 [50, 51] 52
print(type(iter(b'')).__name__, list(iter(b'')))        # expect: bytes_iterator []
print(list(reversed(b'ab')), sum(b'\x01\x02'))          # expect: [98, 97] 3
print(dict(enumerate(b'z')))        # expect: {0: 122}
print(3 in b'ab\x03', 255 in b'ab', True in b'\x01')    # expect: True False True
print(b'bc' in b'abcd', b'' in b'', b'ca' in b'abc')    # expect: True True False
for x in (256, -1, 2**64):
    try:
        x in b'a'
    except ValueError as e:
        print(e)                    # expect: byte must be in range(0, 256)
                                    # expect: byte must be in range(0, 256)
                                    # expect: byte must be in range(0, 256)
try:
    'a' in b'a'
except TypeError as e:
    print(e)                        # expect: a bytes-like object is required, not 'str'
1.0 in b'a'                         # raises: TypeError: a bytes-like object is required, not 'float'
