print(format(complex(1, 2), '05'))  # raises: ValueError: Zero padding is not allowed in complex format specifier
