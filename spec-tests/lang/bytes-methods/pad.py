b = b'ab'
print(b.center(6), b.center(5, b'*'), b'abc'.center(6, b'*'), b'abc'.center(4, b'*'), b.center(-1))
print(b.ljust(5, b'-'), b.rjust(5, bytearray(b'-')), bytearray(b'x').center(4, b'.'), b.ljust(2))
x = b'abc'
print(x.center(2) is x, x.ljust(3) is x, x.rjust(1) is x, bytearray(x).ljust(1) == x)
def attempt(f):
    try:
        print(f())
    except TypeError as e:
        print(e)
attempt(lambda: b.rjust(5, b'**'))
attempt(lambda: b.rjust(5, '*'))
attempt(lambda: b.center(5, memoryview(b'*')))
attempt(lambda: b.ljust())
attempt(lambda: b.center(5, b'*', 1))
attempt(lambda: b.center('5'))

# expect: b'  ab  ' b'**ab*' b'*abc**' b'abc*' b'ab'
# expect: b'ab---' b'---ab' bytearray(b'.x..') b'ab'
# expect: True True True True
# expect: rjust() argument 2 must be a byte string of length 1, not bytes
# expect: rjust() argument 2 must be a byte string of length 1, not str
# expect: center() argument 2 must be a byte string of length 1, not memoryview
# expect: ljust expected at least 1 argument, got 0
# expect: center expected at most 2 arguments, got 3
# expect: 'str' object cannot be interpreted as an integer
