def attempt(f):
    try:
        print(f())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
b = b'ab'
attempt(lambda: b.hex('--'))
attempt(lambda: b.hex(''))
attempt(lambda: b.hex('é'))
attempt(lambda: b.hex(b'\x80'))
attempt(lambda: b.hex(1))
attempt(lambda: b.hex(None))
attempt(lambda: b.hex([1]))
attempt(lambda: b.hex(':', 'x'))
attempt(lambda: b.hex(':', 2**40))
attempt(lambda: b.hex(':', 1, 2))
attempt(lambda: b.hex(separator=':'))

# expect: ValueError sep must be length 1.
# expect: ValueError sep must be length 1.
# expect: ValueError sep must be ASCII.
# expect: ValueError sep must be ASCII.
# expect: TypeError object of type 'int' has no len()
# expect: TypeError object of type 'NoneType' has no len()
# expect: TypeError sep must be str or bytes.
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: OverflowError Python int too large to convert to C int
# expect: TypeError hex() takes at most 2 arguments (3 given)
# expect: TypeError 'separator' is an invalid keyword argument for hex()
