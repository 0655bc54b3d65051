# find, rfind, index and rindex count in code points, a surrogate being one;
# U+FFFD is a different character from any surrogate.
s = 'a\ud800b\ud800\udc00c'
print(s.find('\ud800'), s.rfind('\ud800'), s.find('\udc00'), s.find('\ufffd'))
print(s.find('\ud800', 2), s.rfind('\ud800', 0, 3), s.find('\ud800\udc00'), s.find('b\ud800'))
print(s.index('c'), s.rindex('\ud800'), s.find(''), s.rfind(''), s.find('', 3))
print('x\ufffdy'.find('\ud800'), '\ud800'.find('\ud800', -1), s.find('\ud800', -3, -1))
for call in [lambda: s.index('\ufffd'), lambda: s.rindex('\udc00', 0, 4)]:
    try:
        call()
    except ValueError as e:
        print('ValueError', e)

# expect: 1 3 4 -1
# expect: 3 1 3 2
# expect: 5 3 0 6 3
# expect: -1 0 3
# expect: ValueError substring not found
# expect: ValueError substring not found
