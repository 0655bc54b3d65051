def attempt(f):
    try:
        print(f())
    except TypeError as e:
        print(e)
attempt(lambda: memoryview(b'a') < memoryview(b'b'))
attempt(lambda: b'a' < memoryview(b'b'))
attempt(lambda: bytearray(b'a') < memoryview(b'b'))
attempt(lambda: memoryview(b'b') > bytearray(b'a'))
attempt(lambda: memoryview(b'a') <= b'a')

# expect: '<' not supported between instances of 'memoryview' and 'memoryview'
# expect: '<' not supported between instances of 'bytes' and 'memoryview'
# expect: True
# expect: True
# expect: '<=' not supported between instances of 'memoryview' and 'bytes'
