b = bytearray(b'abc')
with memoryview(b) as m:
    print(m.__enter__() is m, m[0])
print(repr(m).startswith('<released'))
try:
    with m:
        pass
except ValueError as e:
    print(e)
v = memoryview(b'x')
print(v.__exit__(None, None, None), v.__exit__())
try:
    with memoryview(b) as m2:
        raise KeyError('k')
except KeyError:
    b.append(100)
print(b)

# expect: True 97
# expect: True
# expect: operation forbidden on released memoryview object
# expect: None None
# expect: bytearray(b'abcd')
