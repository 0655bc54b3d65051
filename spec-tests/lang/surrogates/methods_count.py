# count() finds surrogates as themselves, never as U+FFFD.
s = '\ud800\ud800x\ud800\ufffd'
print(s.count('\ud800'), s.count('\ufffd'), s.count('\ud800\ud800'), s.count(''))
print(s.count('\ud800', 1), s.count('\ud800', 0, 2), s.count('', 2, 4), '\ufffd'.count('\ud800'))
print(('\udc00' * 7).count('\udc00\udc00'), 'abc'.count('\ud800'))

# expect: 3 1 1 6
# expect: 2 2 3 0
# expect: 3 0
