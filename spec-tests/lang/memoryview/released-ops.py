m = memoryview(bytearray(b'abc'))
m.release()
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: len(m))
attempt(lambda: m[0])
attempt(lambda: m[0:1])
attempt(lambda: m.tobytes())
attempt(lambda: m.tolist())
attempt(lambda: m.hex())
attempt(lambda: m.obj)
attempt(lambda: m.readonly)
attempt(lambda: m.shape)
attempt(lambda: m.cast('B'))
attempt(lambda: memoryview(m))
attempt(lambda: bytes(m))
attempt(lambda: bytearray(m))
attempt(lambda: m in b'abc')
attempt(lambda: m.release())
attempt(lambda: m == m)
attempt(lambda: m != memoryview(b'abc'))
attempt(lambda: b'abc' == m)

# expect: ValueError operation forbidden on released memoryview object
# expect: ValueError operation forbidden on released memoryview object
# expect: ValueError operation forbidden on released memoryview object
# expect: ValueError operation forbidden on released memoryview object
# expect: ValueError operation forbidden on released memoryview object
# expect: ValueError operation forbidden on released memoryview object
# expect: ValueError operation forbidden on released memoryview object
# expect: ValueError operation forbidden on released memoryview object
# expect: ValueError operation forbidden on released memoryview object
# expect: ValueError operation forbidden on released memoryview object
# expect: ValueError operation forbidden on released memoryview object
# expect: ValueError operation forbidden on released memoryview object
# expect: ValueError operation forbidden on released memoryview object
# expect: ValueError operation forbidden on released memoryview object
# expect: None
# expect: True
# expect: True
# expect: False
