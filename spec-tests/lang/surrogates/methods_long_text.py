# Long texts, with surrogates far from the start and other non-ASCII text
# around them: indices stay code-point indices.
s = 'é' * 500 + '\ud800' + 'x' * 300 + '\udc00' + '€' * 200
print(len(s), s.find('\ud800'), s.find('\udc00'), s.rfind('x'), s.count('é'))
print(len(s.upper()), s.upper().find('\ud800'), ascii(s.split('\ud800')[1][:3]), len(s.replace('x', '')))
print(ascii(s[495:505].title()), s.index('\udc00', 700), s.endswith('€\udc00' + '€' * 199))

# expect: 1002 500 801 800 500
# expect: 1002 500 'xxx' 702
# expect: '\xc9\xe9\xe9\xe9\xe9\ud800Xxxx' 801 False
