z = (-8) ** 0.5
for f in (int, float, round):
    try:
        f(z)
    except TypeError as e:
        print(e)
# expect: int() argument must be a string, a bytes-like object or a real number, not 'complex'
# expect: float() argument must be a string or a real number, not 'complex'
# expect: type complex doesn't define __round__ method
for f in (lambda: z % 2, lambda: divmod(z, 2), lambda: 2 // z, lambda: '%d' % z, lambda: '%f' % z):
    try:
        f()
    except TypeError as e:
        print(e)
# expect: unsupported operand type(s) for %: 'complex' and 'int'
# expect: unsupported operand type(s) for divmod(): 'complex' and 'int'
# expect: unsupported operand type(s) for //: 'int' and 'complex'
# expect: %d format: a real number is required, not complex
# expect: must be real number, not complex
print(abs(complex(1.7e308, 1.7e308)))  # raises: OverflowError: absolute value too large
