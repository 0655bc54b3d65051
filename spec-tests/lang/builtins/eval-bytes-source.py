# bytes are UTF-8 source.
print(eval(b'"\xc3\xa9" * 2'))
print(eval(b'1 + 1'))
# expect: éé
# expect: 2
