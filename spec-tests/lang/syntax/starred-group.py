values = [1, 2]
print((*values))    # raises: SyntaxError: cannot use starred expression here
