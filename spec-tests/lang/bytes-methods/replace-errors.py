def attempt(f):
    try:
        print(f())
    except TypeError as e:
        print(e)
attempt(lambda: b'aaa'.replace('a', b'b'))
attempt(lambda: b'aaa'.replace(b'a', 'b'))
attempt(lambda: b'aaa'.replace(b'a'))
attempt(lambda: b'aaa'.replace(b'a', b'b', 1, 2))
attempt(lambda: b'aaa'.replace(b'a', b'b', 1.0))

# expect: a bytes-like object is required, not 'str'
# expect: a bytes-like object is required, not 'str'
# expect: replace expected at least 2 arguments, got 1
# expect: replace expected at most 3 arguments, got 4
# expect: 'float' object cannot be interpreted as an integer
