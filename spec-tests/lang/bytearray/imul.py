b = bytearray(b'ab')
alias = b
b *= 3
print(b, alias is b)    # expect: bytearray(b'ababab') True
b *= 0
print(b)    # expect: bytearray(b'')
