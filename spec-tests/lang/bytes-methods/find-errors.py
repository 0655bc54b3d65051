def attempt(f):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
b = b'abc'
attempt(lambda: b.find('a'))
attempt(lambda: b.find(256))
attempt(lambda: b.find(-1))
attempt(lambda: b.find(1.0))
attempt(lambda: b.find())
attempt(lambda: b.find(b'a', 0, 1, 2))
attempt(lambda: b.find(b'a', 'x'))
attempt(lambda: b.find('a', 'x'))
attempt(lambda: b.count(None))
attempt(lambda: b.index(b'z'))
attempt(lambda: b.rindex(122))
attempt(lambda: bytearray(b).rfind([1]))

# expect: TypeError argument should be integer or bytes-like object, not 'str'
# expect: ValueError byte must be in range(0, 256)
# expect: ValueError byte must be in range(0, 256)
# expect: TypeError argument should be integer or bytes-like object, not 'float'
# expect: TypeError find() takes at least 1 argument (0 given)
# expect: TypeError find() takes at most 3 arguments (4 given)
# expect: TypeError slice indices must be integers or None or have an __index__ method
# expect: TypeError slice indices must be integers or None or have an __index__ method
# expect: TypeError argument should be integer or bytes-like object, not 'NoneType'
# expect: ValueError subsection not found
# expect: ValueError subsection not found
# expect: TypeError argument should be integer or bytes-like object, not 'list'
