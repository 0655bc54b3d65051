print(format(complex(1, 2), '=10'))  # raises: ValueError: '=' alignment flag is not allowed in complex format specifier
