from _operator import _compare_digest as c
for a, b in [(b'a', b'a'), (b'a', b'b'), (b'a', b'ab'), (b'ab', b'a'), (b'', b''), ('a', 'a'), ('\xe9', '\xe9'), ('a', b'a'), (b'a', 'a'), (1, 1), (1, b'x'), (bytearray(b'x'), memoryview(b'x')), ('a', 'ab')]:
    try:
        print(c(a, b))
    except Exception as e:
        print(type(e).__name__, e)
for args, kwargs in [((b'a',), {}), ((), {'a': b'a', 'b': b'a'}), ((b'a', b'b', b'c'), {})]:
    try:
        c(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__, e)
import operator
print(operator.add(2, 3), operator.itemgetter(1)('xy'), operator.__doc__.splitlines()[0])

# expect: True
# expect: False
# expect: False
# expect: False
# expect: True
# expect: True
# expect: TypeError comparing strings with non-ASCII characters is not supported
# expect: TypeError a bytes-like object is required, not 'str'
# expect: TypeError a bytes-like object is required, not 'str'
# expect: TypeError unsupported operand types(s) or combination of types: 'int' and 'int'
# expect: TypeError a bytes-like object is required, not 'int'
# expect: True
# expect: False
# expect: TypeError _compare_digest expected 2 arguments, got 1
# expect: TypeError _operator._compare_digest() takes no keyword arguments
# expect: TypeError _compare_digest expected 2 arguments, got 3
# expect: 5 y Operator interface.
