# Converting an int to a float rounds to the nearest double, ties to even; too large is OverflowError.
def attempt(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
print(float(2**53 + 1))  # expect: 9007199254740992.0
print(float(2**53 + 3))  # expect: 9007199254740996.0
print(float(2**54 + 3))  # expect: 1.8014398509481988e+16
print(float(-(2**63) - 1))  # expect: -9.223372036854776e+18
print(float(2**1024 - 2**970 - 1))  # expect: 1.7976931348623157e+308
print(float(10**308))  # expect: 1e+308
print(2**64 + 0.5)  # expect: 1.8446744073709552e+19
print(float(12345678901234567890123))  # expect: 1.2345678901234568e+22
print(attempt(lambda: float(2**1024)))  # expect: OverflowError: int too large to convert to float
print(attempt(lambda: 2**1024 + 1.0))  # expect: OverflowError: int too large to convert to float
print(attempt(lambda: 1.5 * 10**400))  # expect: OverflowError: int too large to convert to float
float(2**1024 - 2**970)  # raises: OverflowError: int too large to convert to float
