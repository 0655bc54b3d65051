# int(text, base): base 0 infers the prefix, a prefix matching the base is allowed.
def attempt(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
print(int("10", 0))  # expect: 10
print(int("0x1f", 0))  # expect: 31
print(int("0X1F", 0))  # expect: 31
print(int("0o17", 0))  # expect: 15
print(int("0b101", 0))  # expect: 5
print(int("0x1f", 16))  # expect: 31
print(int("0x_1f", 16))  # expect: 31
print(int("0o17", 8))  # expect: 15
print(int("0b101", 2))  # expect: 5
print(int("0", 0))  # expect: 0
print(int("000", 0))  # expect: 0
print(int("0_0", 0))  # expect: 0
print(int("-0x10", 0))  # expect: -16
print(int("  +0b1_0  ", 0))  # expect: 2
print(int("z", 36))  # expect: 35
print(int("Zz", 36))  # expect: 1295
print(int("10", base=2))  # expect: 2
print(int("11", 3))  # expect: 4
print(attempt(lambda: int("010", 0)))  # expect: ValueError: invalid literal for int() with base 0: '010'
print(attempt(lambda: int("00_1", 0)))  # expect: ValueError: invalid literal for int() with base 0: '00_1'
print(attempt(lambda: int("0x", 16)))  # expect: ValueError: invalid literal for int() with base 16: '0x'
print(attempt(lambda: int("0x__1", 16)))  # expect: ValueError: invalid literal for int() with base 16: '0x__1'
print(attempt(lambda: int("0b2", 0)))  # expect: ValueError: invalid literal for int() with base 0: '0b2'
print(attempt(lambda: int("0x1f", 10)))  # expect: ValueError: invalid literal for int() with base 10: '0x1f'
print(attempt(lambda: int("0b1", 16)))  # expect: 177
print(attempt(lambda: int("1", 0.5)))  # expect: TypeError: 'float' object cannot be interpreted as an integer
print(attempt(lambda: int(5, 10)))  # expect: TypeError: int() can't convert non-string with explicit base
print(attempt(lambda: int(base=10)))  # expect: TypeError: int() missing string argument
print(attempt(lambda: int("5", 10**100)))  # expect: ValueError: int() base must be >= 2 and <= 36, or 0
print(attempt(lambda: int("5", -1)))  # expect: ValueError: int() base must be >= 2 and <= 36, or 0
print(attempt(lambda: int("5", True)))  # expect: ValueError: int() base must be >= 2 and <= 36, or 0
int("1", 1)  # raises: ValueError: int() base must be >= 2 and <= 36, or 0
