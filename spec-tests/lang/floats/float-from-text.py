# float(text): underscores only between digits, inf/nan spellings, spaces, Unicode digits.
def attempt(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
print(float("1_000.000_1"))  # expect: 1000.0001
print(float("1e1_0"))  # expect: 10000000000.0
print(float(" -Infinity "))  # expect: -inf
print(float("iNF"))  # expect: inf
print(float("+nan"))  # expect: nan
print(float("-nan"))  # expect: nan
print(float(".5"))  # expect: 0.5
print(float("5."))  # expect: 5.0
print(float("1.e5"))  # expect: 100000.0
print(float("1.5E+05"))  # expect: 150000.0
print(float("\u0663.\u0665"))  # expect: 3.5
print(float("\u3000 2.5 \xa0"))  # expect: 2.5
print(float("1e500"))  # expect: inf
print(float("-1e500"))  # expect: -inf
print(float("1e-500"))  # expect: 0.0
print(float("0" * 500 + "1"))  # expect: 1.0
print(float(b" 2.5 "))  # expect: 2.5
print(attempt(lambda: float("1._5")))  # expect: ValueError: could not convert string to float: '1._5'
print(attempt(lambda: float("1_.5")))  # expect: ValueError: could not convert string to float: '1_.5'
print(attempt(lambda: float("1__0")))  # expect: ValueError: could not convert string to float: '1__0'
print(attempt(lambda: float("_1")))  # expect: ValueError: could not convert string to float: '_1'
print(attempt(lambda: float("1_")))  # expect: ValueError: could not convert string to float: '1_'
print(attempt(lambda: float("1_e5")))  # expect: ValueError: could not convert string to float: '1_e5'
print(attempt(lambda: float("1e_5")))  # expect: ValueError: could not convert string to float: '1e_5'
print(attempt(lambda: float("i_nf")))  # expect: ValueError: could not convert string to float: 'i_nf'
print(attempt(lambda: float("infinit")))  # expect: ValueError: could not convert string to float: 'infinit'
print(attempt(lambda: float(".")))  # expect: ValueError: could not convert string to float: '.'
print(attempt(lambda: float("e5")))  # expect: ValueError: could not convert string to float: 'e5'
print(attempt(lambda: float("1e")))  # expect: ValueError: could not convert string to float: '1e'
print(attempt(lambda: float("+-5")))  # expect: ValueError: could not convert string to float: '+-5'
print(attempt(lambda: float("0x10")))  # expect: ValueError: could not convert string to float: '0x10'
print(attempt(lambda: float("1\x1c")))  # expect: ValueError: could not convert string to float: '1\x1c'
print(attempt(lambda: float("1\x00")))  # expect: ValueError: could not convert string to float: '1\x00'
print(attempt(lambda: float("²")))  # expect: ValueError: could not convert string to float: '²'
print(attempt(lambda: float("")))  # expect: ValueError: could not convert string to float: ''
print(attempt(lambda: float(b"x")))  # expect: ValueError: could not convert string to float: b'x'
float("1._5")  # raises: ValueError: could not convert string to float: '1._5'
