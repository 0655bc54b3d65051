s = b'  a \t b\n\x0b\x0cc\r  '
print(s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1), s.split(None, 0), s.rsplit(None, 0))
print(b'   '.split(), b''.split(), b'a\x1cb'.split(), b'a\xa0b'.split(), b'a b '.split(None, 1), b' a b'.rsplit(None, 1))
print(bytearray(b' x y ').split(), b'one two three'.split(maxsplit=1), b'one two three'.rsplit(maxsplit=1))

# expect: [b'a', b'b', b'c'] [b'a', b'b', b'c'] [b'a', b'b\n\x0b\x0cc\r  '] [b'  a \t b', b'c'] [b'a \t b\n\x0b\x0cc\r  '] [b'  a \t b\n\x0b\x0cc']
# expect: [] [] [b'a\x1cb'] [b'a\xa0b'] [b'a', b'b '] [b' a', b'b']
# expect: [bytearray(b'x'), bytearray(b'y')] [b'one', b'two three'] [b'one two', b'three']
