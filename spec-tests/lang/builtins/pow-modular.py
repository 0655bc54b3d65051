# pow(base, exp, mod): a negative exponent is the modular inverse.
def attempt(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
print(pow(2, -1, 7))  # expect: 4
print(pow(3, -1, 7))  # expect: 5
print(pow(-2, -3, 7))  # expect: 6
print(pow(3, -2, -7))  # expect: -3
print(pow(3, 2, -7))  # expect: -5
print(pow(2, -1, 1))  # expect: 0
print(pow(0, -1, 1))  # expect: 0
print(pow(0, -1, -1))  # expect: 0
print(pow(5, 0, 1))  # expect: 0
print(pow(5, 0, 7))  # expect: 1
print(pow(2, 10**20, 10**9 + 7))  # expect: 855473248
print(pow(2**100, -1, 2**61 - 1))  # expect: 4194304
print(pow(-7, 3, 5))  # expect: 2
print(pow(7, 3, -5))  # expect: -2
print(pow(2, 3, None))  # expect: 8
print(pow(2, -1))  # expect: 0.5
print(pow(2.0, 3))  # expect: 8.0
print(attempt(lambda: pow(2, -1, 4)))  # expect: ValueError: base is not invertible for the given modulus
print(attempt(lambda: pow(6, -1, 4)))  # expect: ValueError: base is not invertible for the given modulus
print(attempt(lambda: pow(0, -1, 5)))  # expect: ValueError: base is not invertible for the given modulus
print(attempt(lambda: pow(2, 3, 0)))  # expect: ValueError: pow() 3rd argument cannot be 0
print(attempt(lambda: pow(2, 3, 4.0)))  # expect: TypeError: pow() 3rd argument not allowed unless all arguments are integers
print(attempt(lambda: pow(2.0, 3, 4)))  # expect: TypeError: pow() 3rd argument not allowed unless all arguments are integers
print(attempt(lambda: pow(0, -1)))  # expect: ZeroDivisionError: 0.0 cannot be raised to a negative power
print(attempt(lambda: pow(0.0, -1)))  # expect: ZeroDivisionError: 0.0 cannot be raised to a negative power
pow(2, -1, 4)  # raises: ValueError: base is not invertible for the given modulus
