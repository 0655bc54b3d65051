def attempt(f):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
m = memoryview(b'abcdefgh')
attempt(lambda: m.cast('x'))
attempt(lambda: m.cast('BB'))
attempt(lambda: m.cast('<i'))
attempt(lambda: m.cast('e'))
attempt(lambda: m.cast(1))
attempt(lambda: m.cast())
attempt(lambda: m[:3].cast('i'))
attempt(lambda: m[::2].cast('B'))
attempt(lambda: m.cast('i').cast('h'))
attempt(lambda: m.cast('B', 8))
attempt(lambda: m.cast('B', [7]))
attempt(lambda: m.cast('B', ['8']))
attempt(lambda: m.cast('B', [0]))
attempt(lambda: memoryview(b'').cast('B', [1]))
attempt(lambda: m.cast('i', (2,)).tolist())
attempt(lambda: m.cast(format='q', shape=[1]).shape)

# expect: ValueError memoryview: destination format must be a native single character format prefixed with an optional '@'
# expect: ValueError memoryview: destination format must be a native single character format prefixed with an optional '@'
# expect: ValueError memoryview: destination format must be a native single character format prefixed with an optional '@'
# expect: ValueError memoryview: destination format must be a native single character format prefixed with an optional '@'
# expect: TypeError cast() argument 'format' must be str, not int
# expect: TypeError cast() missing required argument 'format' (pos 1)
# expect: TypeError memoryview: length is not a multiple of itemsize
# expect: TypeError memoryview: casts are restricted to C-contiguous views
# expect: TypeError memoryview: cannot cast between two non-byte formats
# expect: TypeError shape must be a list or a tuple
# expect: TypeError memoryview: product(shape) * itemsize != buffer size
# expect: TypeError memoryview.cast(): elements of shape must be integers
# expect: ValueError memoryview.cast(): elements of shape must be integers > 0
# expect: TypeError memoryview: cannot cast view with zeros in shape or strides
# expect: [1684234849, 1751606885]
# expect: (1,)
