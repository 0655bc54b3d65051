# strip with and without a set of characters to remove.
s = '\ud800 \udc00ab\ud800\udc00 '
print(ascii(s.strip()), ascii(s.lstrip('\ud800 ')), ascii(s.rstrip(' \ud800\udc00')))
print(ascii(s.strip('\ud800\udc00 ')), ascii(s.strip('\ufffd')), ascii(' x\ud800 '.strip()))

# expect: '\ud800 \udc00ab\ud800\udc00' '\udc00ab\ud800\udc00 ' '\ud800 \udc00ab'
# expect: 'ab' '\ud800 \udc00ab\ud800\udc00 ' 'x\ud800'
