for b in (b'hello world', bytearray(b'hello world')):
    print(b.find(b'o'), b.find(111), b.find(b'o', 5), b.find(b'o', 5, 7), b.rfind(b'o'), b.rfind(b'o', None, -4))
    print(b.index(b'l'), b.rindex(108), b.find(b''), b.rfind(b''), b.find(b'', 11), b.find(b'', 12), b.find(b'xyz'))
    print(b.find(memoryview(b'wor')), b.find(bytearray(b'ld')), b.find(b'h', -100), b.find(b'd', 2**70 * -1, 2**70))
class At:
    def __index__(self):
        return 4
print(b'hello'.find(b'o', At()), b'hello'.find(At()), b'\x04'.find(At()))

# expect: 4 4 7 -1 7 4
# expect: 2 9 0 11 11 -1 -1
# expect: 6 9 0 10
# expect: 4 4 7 -1 7 4
# expect: 2 9 0 11 11 -1 -1
# expect: 6 9 0 10
# expect: 4 -1 0
