# str.format of values that hold surrogates: strs, conversions, specs.
s = '\ud800x'
print(ascii('{}|{!s}|{!r}|{!a}'.format(s, s, s, s)))
print(ascii('{:>5}|{:.1}|{:\udc00<4}'.format(s, s, s)), ascii('<{k}>'.format(k='\udfff')))
print(ascii('{0}{0}'.format('\ud83d')), ascii('{}'.format(['\ud800'])))

# expect: "\ud800x|\ud800x|'\\ud800x'|'\\ud800x'"
# expect: '   \ud800x|\ud800|\ud800x\udc00\udc00' '<\udfff>'
# expect: '\ud83d\ud83d' "['\\ud800']"
