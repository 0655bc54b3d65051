# str.format with surrogates in the template: literal text, field names
# and specs (a fill character).
print(ascii('\ud800{}\udc00'.format(1)), ascii('{:\ud800>4}|{:\udc00^5}'.format('a', 7)))
print(ascii('{\ud800}'.format(**{'\ud800': 'k'})), ascii('{0[\udc00]}'.format({'\udc00': 'v'})))
print(ascii('{{\ud800}}'.format()), ascii('{0:{1}>3}'.format('x', '\udfff')))
try:
    '{\ud800}'.format(**{'\ufffd': 1})
except KeyError as e:
    print('KeyError', ascii(e.args))
try:
    '{!\ud800}'.format(1)
except ValueError as e:
    print('ValueError', e)

# expect: '\ud8001\udc00' '\ud800\ud800\ud800a|\udc00\udc007\udc00\udc00'
# expect: 'k' 'v'
# expect: '{\ud800}' '\udfff\udfffx'
# expect: KeyError ('\ud800',)
# expect: ValueError Unknown conversion specifier \xd800
