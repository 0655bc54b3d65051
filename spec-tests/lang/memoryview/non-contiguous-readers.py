m = memoryview(b'abcd')[::2]
def attempt(name, f):
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)
attempt('bytes', lambda: bytes(m))
attempt('bytearray', lambda: bytearray(m))
attempt('percent', lambda: b'%s' % m)
attempt('from_bytes', lambda: int.from_bytes(m, 'big'))
attempt('concat', lambda: b'x' + m)
attempt('contains', lambda: m in b'xacx')
attempt('find', lambda: b'ac'.find(m))
attempt('join', lambda: b''.join([m]))
attempt('decode', lambda: str(m, 'ascii'))
attempt('extend', lambda: bytearray().extend(m))
def setslice():
    b = bytearray(b'zz')
    b[0:2] = m
    return b
attempt('setslice', setslice)
attempt('equal', lambda: m == b'ac')
attempt('equal bytearray', lambda: bytearray(b'ac') == m)
attempt('less bytearray', lambda: bytearray(b'ab') < m)

# expect: bytes b'ac'
# expect: bytearray bytearray(b'ac')
# expect: percent b'ac'
# expect: from_bytes 24931
# expect: concat TypeError can't concat memoryview to bytes
# expect: contains BufferError memoryview: underlying buffer is not C-contiguous
# expect: find BufferError memoryview: underlying buffer is not C-contiguous
# expect: join TypeError sequence item 0: expected a bytes-like object, memoryview found
# expect: decode TypeError decoding to str: need a bytes-like object, memoryview found
# expect: extend TypeError can't set bytearray slice from memoryview
# expect: setslice bytearray(b'ac')
# expect: equal True
# expect: equal bytearray True
# expect: less bytearray TypeError '<' not supported between instances of 'bytearray' and 'memoryview'
