# expandtabs counts columns in code points: a surrogate is one column.
s = '\ud800\tb\udc00\udc00\tc\n\ud800\t'
print(ascii(s.expandtabs()), ascii(s.expandtabs(4)), ascii(s.expandtabs(0)), ascii(s.expandtabs(tabsize=2)))

# expect: '\ud800       b\udc00\udc00     c\n\ud800       ' '\ud800   b\udc00\udc00 c\n\ud800   ' '\ud800b\udc00\udc00c\n\ud800' '\ud800 b\udc00\udc00 c\n\ud800 '
