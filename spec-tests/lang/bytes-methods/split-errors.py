def attempt(f):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
attempt(lambda: b'a b'.split(','))
attempt(lambda: b'a b'.split(1))
attempt(lambda: b'a b'.split(b''))
attempt(lambda: b'a b'.rsplit(b''))
attempt(lambda: b'a b'.split(b' ', 'x'))
attempt(lambda: b'a b'.split(1, 'x'))
attempt(lambda: b'a b'.split(b' ', 1, 2))
attempt(lambda: b'a b'.split(bad=1))

# expect: TypeError a bytes-like object is required, not 'str'
# expect: TypeError a bytes-like object is required, not 'int'
# expect: ValueError empty separator
# expect: ValueError empty separator
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError split() takes at most 2 arguments (3 given)
# expect: TypeError 'bad' is an invalid keyword argument for split()
