# A null character in source text is a SyntaxError.
try:
    eval('1\0')
except SyntaxError as e:
    print(e)
try:
    exec(b'1\0')
except Exception as e:
    print(type(e).__name__, e)
# expect: source code string cannot contain null bytes
# expect: SyntaxError source code string cannot contain null bytes
