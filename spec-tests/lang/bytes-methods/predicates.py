cases = [b'', b'abc', b'ABC', b'Abc', b'abc1', b'123', b' \t\n', b'\x1c', b'\xe9', b'a b', b'Hello World', b'Hello world', b'HELLO', b'1a', b'A1', b'_', b'\x7f']
for name in ['isalnum', 'isalpha', 'isascii', 'isdigit', 'islower', 'isupper', 'isspace', 'istitle']:
    print(name, ''.join('1' if getattr(c, name)() else '0' for c in cases))
print(bytearray(b'abc').isalpha(), bytearray(b'').isascii())

# expect: isalnum 01111100000011100
# expect: isalpha 01110000000010000
# expect: isascii 11111111011111111
# expect: isdigit 00000100000000000
# expect: islower 01001000010001000
# expect: isupper 00100000000010100
# expect: isspace 00000010000000000
# expect: istitle 00010000001000100
# expect: True True
