m = memoryview(b'ab')
m.release()
def attempt(name, f):
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)
attempt('concat', lambda: b'' + m)
attempt('join', lambda: b''.join([m]))
attempt('extend', lambda: bytearray().extend(m))
attempt('decode', lambda: str(m, 'ascii'))
attempt('from_bytes', lambda: int.from_bytes(m, 'big'))
attempt('find', lambda: b'ab'.find(m))
attempt('equal bytes', lambda: b'ab' == m)
attempt('equal bytearray', lambda: bytearray(b'ab') == m)

# expect: concat TypeError can't concat memoryview to bytes
# expect: join TypeError sequence item 0: expected a bytes-like object, memoryview found
# expect: extend TypeError can't set bytearray slice from memoryview
# expect: decode TypeError decoding to str: need a bytes-like object, memoryview found
# expect: from_bytes ValueError operation forbidden on released memoryview object
# expect: find ValueError operation forbidden on released memoryview object
# expect: equal bytes False
# expect: equal bytearray False
