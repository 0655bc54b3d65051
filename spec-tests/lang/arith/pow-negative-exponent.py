# int ** negative int is float power: both operands must convert to float.
def attempt(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
print(2 ** -1)  # expect: 0.5
print((-2) ** -3)  # expect: -0.125
print((2**60) ** -1)  # expect: 8.673617379884035e-19
print(2 ** -1075)  # expect: 0.0
print(pow(10, -2))  # expect: 0.01
print(attempt(lambda: (10**400) ** -1))  # expect: OverflowError: int too large to convert to float
print(attempt(lambda: 2 ** -(10**400)))  # expect: OverflowError: int too large to convert to float
0 ** -1  # raises: ZeroDivisionError: 0.0 cannot be raised to a negative power
