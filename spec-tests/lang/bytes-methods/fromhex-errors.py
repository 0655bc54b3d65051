def attempt(f):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
attempt(lambda: bytes.fromhex('abc'))
attempt(lambda: bytes.fromhex('a bc'))
attempt(lambda: bytes.fromhex('zz'))
attempt(lambda: bytes.fromhex('00 0g'))
attempt(lambda: bytes.fromhex('zz é'))
attempt(lambda: bytes.fromhex(b'00'))
attempt(lambda: bytes.fromhex())
attempt(lambda: bytearray.fromhex('0', '1'))

# expect: ValueError non-hexadecimal number found in fromhex() arg at position 3
# expect: ValueError non-hexadecimal number found in fromhex() arg at position 1
# expect: ValueError non-hexadecimal number found in fromhex() arg at position 0
# expect: ValueError non-hexadecimal number found in fromhex() arg at position 4
# expect: ValueError non-hexadecimal number found in fromhex() arg at position 3
# expect: TypeError fromhex() argument must be str, not bytes
# expect: TypeError bytes.fromhex() takes exactly one argument (0 given)
# expect: TypeError bytearray.fromhex() takes exactly one argument (2 given)
bytes.fromhex('0x10')    # raises: ValueError: non-hexadecimal number found in fromhex() arg at position 1
