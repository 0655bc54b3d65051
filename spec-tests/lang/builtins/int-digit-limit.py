# Text to int is limited to 4300 digits in bases that are not powers of two.
def attempt(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
print(len(str(int("9" * 4300))))  # expect: 4300
print(int("1" * 5000, 16) % 1000)  # expect: 625
print(int("0b" + "1" * 5000, 0) % 7)  # expect: 3
print(attempt(lambda: int("1" * 4301)))  # expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit
print(attempt(lambda: int("-" + "0" * 5000)))  # expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit
print(attempt(lambda: int("1" * 5000 + "x")))  # expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit
print(attempt(lambda: int("1" * 4301 + "_")))  # expect: ValueError: invalid literal for int() with base 10: '1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111
print(attempt(lambda: int("1_" * 4300 + "1")))  # expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit
print(attempt(lambda: int("7" * 4400, 8) > 0))  # expect: True
int("1" * 5000)  # raises: ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit
