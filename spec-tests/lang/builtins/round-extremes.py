# round() at extreme ndigits: exact decimal rounding, half to even, CPython limits.
def attempt(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
print(round(1.5, -400))  # expect: 0.0
print(round(-1.5, -400))  # expect: -0.0
print(round(1.5, -309))  # expect: 0.0
print(round(1.5, -308))  # expect: 0.0
print(round(1.5, 10**100))  # expect: 1.5
print(round(1.5, -10**100))  # expect: 0.0
print(round(2.675, 2))  # expect: 2.67
print(round(0.125, 2))  # expect: 0.12
print(round(0.375, 2))  # expect: 0.38
print(round(2.5, 0))  # expect: 2.0
print(round(-2.5, 0))  # expect: -2.0
print(round(15.5, -1))  # expect: 20.0
print(round(25.0, -1))  # expect: 20.0
print(round(123.456, -2))  # expect: 100.0
print(round(1e22, -22))  # expect: 1e+22
print(round(5e22, -23))  # expect: 0.0
print(round(1e308, -308))  # expect: 1e+308
print(round(5e-324, 323))  # expect: 0.0
print(round(5e-324, 324))  # expect: 5e-324
print(round(1e-320, 320))  # expect: 1e-320
print(round(-0.04, 1))  # expect: -0.0
print(round(0.0, -5))  # expect: 0.0
print(round(float("inf"), -1))  # expect: inf
print(round(float("-inf"), 400))  # expect: -inf
print(round(float("nan"), -400))  # expect: nan
print(round(1.23456789e-300, 305))  # expect: 1.23457e-300
print(round(0.1, 20))  # expect: 0.1
print(round(123456789.123456789, 5))  # expect: 123456789.12346
print(round(2.5))  # expect: 2
print(round(-0.5))  # expect: 0
print(round(1.5, None))  # expect: 2
print(attempt(lambda: round(float("nan"))))  # expect: ValueError: cannot convert float NaN to integer
print(attempt(lambda: round(float("inf"))))  # expect: OverflowError: cannot convert float infinity to integer
print(attempt(lambda: round(1.5, 2.0)))  # expect: TypeError: 'float' object cannot be interpreted as an integer
print(attempt(lambda: round(1.7976931348623157e308, -307)))  # expect: OverflowError: rounded value too large to represent
round(1.7976931348623157e308, -308)  # raises: OverflowError: rounded value too large to represent
