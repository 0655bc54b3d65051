table = bytes.maketrans(b'abc', b'xyz')
print(len(table), table[97:100], type(bytearray.maketrans(b'a', b'b')).__name__)
print(b'aabbcc'.translate(table), b'aabbcc'.translate(table, b'b'), b'aabbcc'.translate(None, b'ac'), b'abc'.translate(None, delete=b'b'))
print(bytearray(b'abc').translate(table), b'abc'.translate(bytearray(table)))
x = b'same'
print(x.translate(None) is x, x.translate(bytes(range(256))) is x, x.translate(None, b'z') is x)
def attempt(f):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
attempt(lambda: b'a'.translate(b'x'))
attempt(lambda: b'a'.translate('x' * 256))
attempt(lambda: b'a'.translate())
attempt(lambda: b'a'.translate(None, 1))
attempt(lambda: bytes.maketrans(b'ab', b'x'))
attempt(lambda: bytes.maketrans('a', 'b'))
attempt(lambda: bytes.maketrans(b'a'))

# expect: 256 b'xyz' bytes
# expect: b'xxyyzz' b'xxzz' b'bb' b'ac'
# expect: bytearray(b'xyz') b'xyz'
# expect: True True True
# expect: ValueError translation table must be 256 characters long
# expect: TypeError a bytes-like object is required, not 'str'
# expect: TypeError translate() takes at least 1 positional argument (0 given)
# expect: TypeError a bytes-like object is required, not 'int'
# expect: ValueError maketrans arguments must have same length
# expect: TypeError a bytes-like object is required, not 'str'
# expect: TypeError maketrans expected 2 arguments, got 1
