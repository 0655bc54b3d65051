print(1)
print((yield) := 1)    # raises: SyntaxError: invalid syntax
