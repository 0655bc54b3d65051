# printf-style % with surrogates in the template, the values and the keys.
s = '\ud800'
print(ascii('%s|%r|%a|%5s|%-3s|%.1s' % (s, s, s, s, s, s + 'x')))
print(ascii('\udc00%d\udc00%%' % 5), ascii('%c%c' % (0xd800, '\udfff')), ascii('%3c|' % 0xdc00))
print(ascii('%(\ud800)s' % {'\ud800': '\udc00'}), ascii(s % ()))
for template, args in [('%\ud800', 1), ('% \udc00', ()), ('%c', 0x110000)]:
    try:
        template % args
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

# expect: "\ud800|'\\ud800'|'\\ud800'|    \ud800|\ud800  |\ud800"
# expect: '\udc005\udc00%' '\ud800\udfff' '  \udc00|'
# expect: '\udc00' '\ud800'
# expect: ValueError unsupported format character '?' (0xd800) at index 1
# expect: TypeError not enough arguments for format string
# expect: OverflowError %c arg not in range(0x110000)
