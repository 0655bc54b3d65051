# A zero modulus is a ValueError.
print(pow(2, 3, 5))  # expect: 3
pow(2, 3, 0)  # raises: ValueError: pow() 3rd argument cannot be 0
