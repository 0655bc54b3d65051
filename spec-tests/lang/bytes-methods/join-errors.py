def attempt(f):
    try:
        print(f())
    except TypeError as e:
        print(e)
attempt(lambda: b'-'.join([b'a', 'b']))
attempt(lambda: b'-'.join([1]))
attempt(lambda: b'-'.join(5))
attempt(lambda: b'-'.join())
attempt(lambda: bytearray(b'-').join([b'a', None]))

# expect: sequence item 1: expected a bytes-like object, str found
# expect: sequence item 0: expected a bytes-like object, int found
# expect: can only join an iterable
# expect: bytes.join() takes exactly one argument (0 given)
# expect: sequence item 1: expected a bytes-like object, NoneType found
b''.join([b'ok', 3])    # raises: TypeError: sequence item 1: expected a bytes-like object, int found
