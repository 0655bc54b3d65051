options = {}
print(**options, *)    # raises: SyntaxError: iterable argument unpacking follows keyword argument unpacking
