# Widths, precisions and code points at the edges of C integer types, in %-formatting and format().
def t(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
print(t(lambda: '%c' % 2**70), t(lambda: '%*d' % (2**70, 1)), t(lambda: '%.*f' % (2**40, 1.0)), t(lambda: '%d' % True), t(lambda: '%s' % {}), t(lambda: '%(a)s %(a)r' % {'a': 'é'}))
print(t(lambda: format(2**70, 'c')), t(lambda: format(10**30, ',')), t(lambda: format(-10**30, '_x')), t(lambda: format(1e300, ',.2f')[:20]), t(lambda: format(5, '\x00^5')))
print(t(lambda: '{:%}'.format(0.5)), t(lambda: '{:,}'.format(True)), t(lambda: '{!r:}'.format(None)), t(lambda: '{:}'.format(None)), t(lambda: '{:x}'.format(None)), t(lambda: '{0:{0}}'.format(5)))
print(t(lambda: '%.2147483648f' % 1.0), t(lambda: '%99999999999999999999d' % 1), t(lambda: '%.*f' % (-2**31, 1.0)), t(lambda: '%.*f' % (-2**31 - 1, 1.0)), t(lambda: '%*d|' % (-2**40, 1) == '1' + ' ' * (2**40 - 1) + '|' if False else 0))
# expect: OverflowError: %c arg not in range(0x110000) OverflowError: Python int too large to convert to C ssize_t OverflowError: Python int too large to convert to C int '1' '{}' "é 'é'"
# expect: OverflowError: Python int too large to convert to C long '1,000,000,000,000,000,000,000,000,000,000' '-c_9f2c_9cd0_4674_edea_4000_0000' '1,000,000,000,000,00' '\x00\x005\x00\x00'
# expect: '50.000000%' '1' 'None' 'None' TypeError: unsupported format string passed to NoneType.__format__ '    5'
# expect: ValueError: precision too big ValueError: width too big '1' OverflowError: Python int too large to convert to C int 0
