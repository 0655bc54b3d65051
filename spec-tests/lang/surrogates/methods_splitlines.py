# splitlines breaks only at line breaks; surrogates stay in the lines.
s = '\ud800\n\udc00\r\nx\u2028\udfff'
print(ascii(s.splitlines()), ascii(s.splitlines(True)), ascii('\ud800'.splitlines()))

# expect: ['\ud800', '\udc00', 'x', '\udfff'] ['\ud800\n', '\udc00\r\n', 'x\u2028', '\udfff'] ['\ud800']
