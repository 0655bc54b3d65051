# Padding counts a surrogate as one character and may use one as the fill.
s = 'a\ud800'
print(ascii(s.center(6)), ascii(s.center(5, '\udc00')), ascii(s.ljust(4, '\ud800')), ascii(s.rjust(3, '*')))
print(ascii('\ud800'.zfill(3)), ascii('-\ud800'.zfill(4)), ascii('+1\udc00'.zfill(5)), ascii(s.center(1)))
print(ascii('ab'.center(7, '\ud800')), ascii('abc'.center(6, '\udc00')))
try:
    'a'.center(3, '\ud800\ud800')
except TypeError as e:
    print('TypeError', e)

# expect: '  a\ud800  ' '\udc00\udc00a\ud800\udc00' 'a\ud800\ud800\ud800' '*a\ud800'
# expect: '00\ud800' '-00\ud800' '+001\udc00' 'a\ud800'
# expect: '\ud800\ud800\ud800ab\ud800\ud800' '\udc00abc\udc00\udc00'
# expect: TypeError The fill character must be exactly one character long
