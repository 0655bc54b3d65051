# int to decimal text is limited to 4300 digits (CPython 3.11.7, CVE-2020-10735).
def attempt(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
print(len(str(10**4299)))  # expect: 4300
print(len(repr(-10**4299)))  # expect: 4301
print(len(str(2**14000)))  # expect: 4215
print(attempt(lambda: str(10**4300)))  # expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
print(attempt(lambda: repr(-10**5000)))  # expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
print(len(hex(10**5000)))  # expect: 4155
print(10**4300)  # raises: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
