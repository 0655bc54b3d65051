# int(text): underscores between digits, surrounding spaces (Unicode ones too), any Nd digit.
def attempt(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
print(int("\u0661\u0662\u0663"))  # expect: 123
print(int("\u0967\u0968"))  # expect: 12
print(int("\uff11\uff10"))  # expect: 10
print(int("\U0001D7CF\U0001D7D0"))  # expect: 12
print(int("\u0663", 16))  # expect: 3
print(int(" \u3000 12\xa0\u2003"))  # expect: 12
print(int("\t\n 7 \r\x0b\x0c"))  # expect: 7
print(int("1_000_000"))  # expect: 1000000
print(int("-1_0"))  # expect: -10
print(int(b" 42 "))  # expect: 42
print(int("0" * 4300))  # expect: 0
print(attempt(lambda: int("1__0")))  # expect: ValueError: invalid literal for int() with base 10: '1__0'
print(attempt(lambda: int("_1")))  # expect: ValueError: invalid literal for int() with base 10: '_1'
print(attempt(lambda: int("1_")))  # expect: ValueError: invalid literal for int() with base 10: '1_'
print(attempt(lambda: int("1 2")))  # expect: ValueError: invalid literal for int() with base 10: '1 2'
print(attempt(lambda: int("")))  # expect: ValueError: invalid literal for int() with base 10: ''
print(attempt(lambda: int("   ")))  # expect: ValueError: invalid literal for int() with base 10: '   '
print(attempt(lambda: int("12\x1c")))  # expect: ValueError: invalid literal for int() with base 10: '12\x1c'
print(attempt(lambda: int("1\x00")))  # expect: ValueError: invalid literal for int() with base 10: '1\x00'
print(attempt(lambda: int("\xb2")))  # expect: ValueError: invalid literal for int() with base 10: '²'
print(attempt(lambda: int("1.5")))  # expect: ValueError: invalid literal for int() with base 10: '1.5'
print(attempt(lambda: int("a" * 300)))  # expect: ValueError: invalid literal for int() with base 10: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
print(attempt(lambda: int("\xe9" * 300, 16)))  # expect: ValueError: invalid literal for int() with base 16: 'ééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé
print(attempt(lambda: int(b"x")))  # expect: ValueError: invalid literal for int() with base 10: b'x'
print(attempt(lambda: int(b"1\xff")))  # expect: ValueError: invalid literal for int() with base 10: b'1\xff'
print(attempt(lambda: int([1])))  # expect: TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'
int("+-1")  # raises: ValueError: invalid literal for int() with base 10: '+-1'
