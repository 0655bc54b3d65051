# replace with surrogates on either side, a count, and an empty old.
s = '\ud800a\ud800b\ud800'
print(ascii(s.replace('\ud800', '-')), ascii(s.replace('\ud800', '\udc00', 2)), ascii(s.replace('a', '\udfff')))
print(ascii(s.replace('', '\udc00', 3)), ascii(s.replace('\ufffd', '?')), ascii('x'.replace('x', '\ud800\ud800')))

# expect: '-a-b-' '\udc00a\udc00b\ud800' '\ud800\udfff\ud800b\ud800'
# expect: '\udc00\ud800\udc00a\udc00\ud800b\ud800' '\ud800a\ud800b\ud800' '\ud800\ud800'
