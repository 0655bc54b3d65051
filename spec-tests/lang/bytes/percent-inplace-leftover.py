# The fuzzer's case: an int operand to a template without conversions.
x = b"\t x \n"
x %= -1  # raises: TypeError: not all arguments converted during bytes formatting
