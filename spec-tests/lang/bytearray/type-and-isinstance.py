b = bytearray()
print(type(b).__name__, isinstance(b, bytearray), isinstance(b, bytes))    # expect: bytearray True False
