# startswith, endswith (with a tuple of candidates and bounds),
# removeprefix and removesuffix.
s = '\ud800ab\udc00'
print(s.startswith('\ud800'), s.startswith('\ufffd'), s.endswith('\udc00'), s.endswith('b\udc00'))
print(s.startswith(('x', '\ud800a')), s.endswith(('\ud800', '\ufffd')), s.startswith('a', 1), s.endswith('\ud800', 0, 1))
print(ascii(s.removeprefix('\ud800')), ascii(s.removesuffix('\udc00')), ascii(s.removeprefix('\ufffd')))
print('\ufffdx'.startswith('\ud800'), 'x\ud800'.endswith(('\ud800',)))
try:
    s.startswith(('\ud800', 1))
except TypeError as e:
    print('TypeError', e)

# expect: True False True True
# expect: True False True True
# expect: 'ab\udc00' '\ud800ab' '\ud800ab\udc00'
# expect: False True
