# Zero to a negative int power goes through float power.
print(pow(2, -2))  # expect: 0.25
pow(0, -1)  # raises: ZeroDivisionError: 0.0 cannot be raised to a negative power
