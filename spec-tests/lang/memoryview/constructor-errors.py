def attempt(f):
    try:
        print(f())
    except TypeError as e:
        print(e)
attempt(lambda: memoryview(1))
attempt(lambda: memoryview('abc'))
attempt(lambda: memoryview([1, 2]))
attempt(lambda: memoryview(None))
attempt(lambda: memoryview())
attempt(lambda: memoryview(b'', b''))
attempt(lambda: memoryview(obj=b''))
print(memoryview(object=b'ok').tobytes())

# expect: memoryview: a bytes-like object is required, not 'int'
# expect: memoryview: a bytes-like object is required, not 'str'
# expect: memoryview: a bytes-like object is required, not 'list'
# expect: memoryview: a bytes-like object is required, not 'NoneType'
# expect: memoryview() missing required argument 'object' (pos 1)
# expect: memoryview() takes at most 1 argument (2 given)
# expect: memoryview() missing required argument 'object' (pos 1)
# expect: b'ok'
