# split and rsplit on a surrogate separator, with maxsplit, and on
# whitespace, which a surrogate is not.
s = 'a\ud800b\ud800\ud800c'
print(ascii(s.split('\ud800')), ascii(s.rsplit('\ud800', 1)), ascii(s.split('\ud800', 1)))
print(ascii(s.split('\ufffd')), ascii(s.split('\ud800\ud800')), ascii(s.rsplit('\ud800', maxsplit=2)))
t = ' \ud800 x\udc00  y '
print(ascii(t.split()), ascii(t.rsplit(None, 1)), ascii(t.split(maxsplit=1)))
print(ascii('\ud800'.split('\ud800')), ascii('\udc00\udc00'.split()))

# expect: ['a', 'b', '', 'c'] ['a\ud800b\ud800', 'c'] ['a', 'b\ud800\ud800c']
# expect: ['a\ud800b\ud800\ud800c'] ['a\ud800b', 'c'] ['a\ud800b', '', 'c']
# expect: ['\ud800', 'x\udc00', 'y'] [' \ud800 x\udc00', 'y'] ['\ud800', 'x\udc00  y ']
# expect: ['', ''] ['\udc00\udc00']
