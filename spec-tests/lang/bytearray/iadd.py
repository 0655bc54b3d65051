b = bytearray(b'ab')
alias = b
b += b'cd'
b += bytearray(b'e')
print(b, alias is b)    # expect: bytearray(b'abcde') True
b += 'x'    # raises: TypeError: can't concat str to bytearray
