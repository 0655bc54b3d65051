def attempt(f):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
attempt(lambda: hash(memoryview(bytearray(b'a'))))
attempt(lambda: hash(memoryview(b'abcd').cast('h')))
attempt(lambda: hash(memoryview(bytearray(b'a')).toreadonly()))
m = memoryview(b'a')
m.release()
attempt(lambda: hash(m))

# expect: ValueError cannot hash writable memoryview object
# expect: ValueError memoryview: hashing is restricted to formats 'B', 'b' or 'c'
# expect: TypeError unhashable type: 'bytearray'
# expect: ValueError operation forbidden on released memoryview object
