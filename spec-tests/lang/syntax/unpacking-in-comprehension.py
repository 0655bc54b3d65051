print([*a for a in [[1]]])    # raises: SyntaxError: iterable unpacking cannot be used in comprehension
