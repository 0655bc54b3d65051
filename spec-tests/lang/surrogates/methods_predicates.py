# Every is...() predicate answers for a lone surrogate as CPython does:
# not alphabetic, numeric, space, printable, ASCII or an identifier, and
# not cased.
names = ['isalpha', 'isalnum', 'isdecimal', 'isdigit', 'isnumeric', 'isspace',
         'isprintable', 'isascii', 'isidentifier', 'isupper', 'islower', 'istitle']
for s in ['\ud800', 'a\ud800', 'A\udc00', '1\ud800', ' \udfff', 'Ab\ud800Cd', '_\ud800', '\ud800_', 'AB\ud800']:
    print(ascii(s), [getattr(s, n)() for n in names])

# expect: '\ud800' [False, False, False, False, False, False, False, False, False, False, False, False]
# expect: 'a\ud800' [False, False, False, False, False, False, False, False, False, False, True, False]
# expect: 'A\udc00' [False, False, False, False, False, False, False, False, False, True, False, True]
# expect: '1\ud800' [False, False, False, False, False, False, False, False, False, False, False, False]
# expect: ' \udfff' [False, False, False, False, False, False, False, False, False, False, False, False]
# expect: 'Ab\ud800Cd' [False, False, False, False, False, False, False, False, False, False, False, True]
# expect: '_\ud800' [False, False, False, False, False, False, False, False, False, False, False, False]
# expect: '\ud800_' [False, False, False, False, False, False, False, False, False, False, False, False]
# expect: 'AB\ud800' [False, False, False, False, False, False, False, False, False, True, False, False]
