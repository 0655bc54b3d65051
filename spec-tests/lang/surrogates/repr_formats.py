s = '\ud800'
print(f'{s!r}')    # expect: '\ud800'
print('%r' % s)    # expect: '\ud800'
print('<%r>' % ('a\udc80',))    # expect: <'a\udc80'>
print(repr(['\udc80', 'x']))    # expect: ['\udc80', 'x']
