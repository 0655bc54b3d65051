# A SyntaxError object that is not caught prints its location, then its msg.
try:
    raise SyntaxError('made by hand', ('f.py', 2, 3, '  abc def\n', 2, 8))
except SyntaxError as e:
    print(e)   # expect: made by hand (f.py, line 2)
raise SyntaxError('made by hand', ('f.py', 2, 3, '  abc def\n', 2, 8))   # raises: SyntaxError: made by hand
