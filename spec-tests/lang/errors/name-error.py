a = 1
print(a)    # expect: 1
print(b)    # raises: NameError: name 'b' is not defined
