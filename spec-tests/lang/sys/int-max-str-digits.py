# sys.get_int_max_str_digits / set_int_max_str_digits.
import sys
def attempt(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
print(sys.get_int_max_str_digits())  # expect: 4300
print(attempt(lambda: sys.set_int_max_str_digits(100)))  # expect: ValueError: maxdigits must be 0 or larger than 640
print(attempt(lambda: sys.set_int_max_str_digits(-1)))  # expect: ValueError: maxdigits must be 0 or larger than 640
print(sys.set_int_max_str_digits(640))  # expect: None
print(sys.get_int_max_str_digits())  # expect: 640
print(attempt(lambda: str(10**640)))  # expect: ValueError: Exceeds the limit (640 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
print(len(str(10**639)))  # expect: 640
print(attempt(lambda: int("1" * 641)))  # expect: ValueError: Exceeds the limit (640 digits) for integer string conversion: value has 641 digits; use sys.set_int_max_str_digits() to increase the limit
print(sys.set_int_max_str_digits(maxdigits=0))  # expect: None
print(len(str(10**5000)))  # expect: 5001
print(int("1" * 5000) % 9)  # expect: 5
print(attempt(lambda: sys.set_int_max_str_digits(1.5)))  # expect: TypeError: 'float' object cannot be interpreted as an integer
print(attempt(lambda: sys.set_int_max_str_digits(10**100)))  # expect: OverflowError: Python int too large to convert to C int
print(attempt(lambda: sys.set_int_max_str_digits()))  # expect: TypeError: set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)
print(attempt(lambda: sys.get_int_max_str_digits(1)))  # expect: TypeError: sys.get_int_max_str_digits() takes no arguments (1 given)
print(sys.set_int_max_str_digits(4300))  # expect: None
print(sys.get_int_max_str_digits())  # expect: 4300
str(10**4300)  # raises: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
