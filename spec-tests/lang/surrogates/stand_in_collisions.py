# Strings that also hold private-use and unassigned characters, the code
# points a lone surrogate could be confused with: each keeps its identity.
s = '\ue000\ud800\U000f0000\udc00\U00040000\ufffd'
print(ascii(s.upper()), s.find('\ue000'), s.find('\ud800'), s.count('\U000f0000'))
print(ascii(s.split('\ud800')), ascii(s.replace('\ue000', '\udc00')), ascii(s.replace('\udc00', '\ue000')))
print(ascii('\ud800'.join(['\ue000', '\ue001'])), ascii(s.partition('\U00040000')))
print(ascii(('\ue000' * 3 + '\ud800').strip('\ue000')), ascii(('\ud800\ue000').center(6, '\ue000')))
print(ascii('{}\ue000'.format('\ud800')), ascii('\ue000%s' % '\ud800'), ascii(format('\ud800', '\ue000>3')))

# expect: '\ue000\ud800\U000f0000\udc00\U00040000\ufffd' 0 1 1
# expect: ['\ue000', '\U000f0000\udc00\U00040000\ufffd'] '\udc00\ud800\U000f0000\udc00\U00040000\ufffd' '\ue000\ud800\U000f0000\ue000\U00040000\ufffd'
# expect: '\ue000\ud800\ue001' ('\ue000\ud800\U000f0000\udc00', '\U00040000', '\ufffd')
# expect: '\ud800' '\ue000\ue000\ud800\ue000\ue000\ue000'
# expect: '\ud800\ue000' '\ue000\ud800' '\ue000\ue000\ud800'
