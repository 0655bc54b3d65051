def attempt(f):
    try:
        print(f())
    except TypeError as e:
        print(e)
attempt(lambda: b'a'.startswith('a'))
attempt(lambda: b'a'.endswith(1))
attempt(lambda: b'a'.startswith([b'a']))
attempt(lambda: b'a'.startswith((b'x', 'a')))
attempt(lambda: b'a'.startswith())
attempt(lambda: bytearray(b'a').endswith(b'a', 0, 1, 2))
attempt(lambda: b'a'.removeprefix('a'))
attempt(lambda: b'a'.removesuffix())

# expect: startswith first arg must be bytes or a tuple of bytes, not str
# expect: endswith first arg must be bytes or a tuple of bytes, not int
# expect: startswith first arg must be bytes or a tuple of bytes, not list
# expect: a bytes-like object is required, not 'str'
# expect: startswith() takes at least 1 argument (0 given)
# expect: endswith() takes at most 3 arguments (4 given)
# expect: a bytes-like object is required, not 'str'
# expect: bytes.removesuffix() takes exactly one argument (0 given)
