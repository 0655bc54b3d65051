s = b'hEllo wOrld 1\xe9x_y'
print(s.upper(), s.lower(), s.swapcase())
print(s.capitalize(), s.title(), b'they\'re bill\'s'.title(), b'3rd place'.capitalize())
print(bytearray(b'MiX').lower(), bytearray(b'').upper(), type(bytearray(b'a').title()).__name__)
x = b'abc'
print(x.lower() is x, x.lower() == x)
try:
    b'a'.upper(1)
except TypeError as e:
    print(e)
try:
    bytearray(b'a').title(1)
except TypeError as e:
    print(e)

# expect: b'HELLO WORLD 1\xe9X_Y' b'hello world 1\xe9x_y' b'HeLLO WoRLD 1\xe9X_Y'
# expect: b'Hello world 1\xe9x_y' b'Hello World 1\xe9X_Y' b"They'Re Bill'S" b'3rd place'
# expect: bytearray(b'mix') bytearray(b'') bytearray
# expect: False True
# expect: bytes.upper() takes no arguments (1 given)
# expect: bytearray.title() takes no arguments (1 given)
