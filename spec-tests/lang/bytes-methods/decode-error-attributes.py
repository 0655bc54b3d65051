for data, encoding in [(b'x\xff', 'utf-8'), (bytearray(b'x\xff'), 'utf-8'), (b'ab\x80', 'ascii'), (b'\xe2\x82', 'utf-8')]:
    try:
        data.decode(encoding)
    except UnicodeDecodeError as e:
        print(e.encoding, e.object, e.start, e.end, e.reason, type(e.object).__name__, len(e.args))
try:
    b'\xff'.decode()
except ValueError as e:
    print(type(e).__name__, isinstance(e, UnicodeError))

# expect: utf-8 b'x\xff' 1 2 invalid start byte bytes 5
# expect: utf-8 b'x\xff' 1 2 invalid start byte bytes 5
# expect: ascii b'ab\x80' 2 3 ordinal not in range(128) bytes 5
# expect: utf-8 b'\xe2\x82' 0 2 unexpected end of data bytes 5
# expect: UnicodeDecodeError True
