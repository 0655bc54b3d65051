# printf-style formatting: flags, length modifiers and errors, each checked on CPython 3.11.
cases = [
 ("%hhd", 1), ("%hd", 1), ("%ld", 1), ("%Lf", 1.5), ("%lld", 1), ("%hld", 1), ("%h", 1), ("%5", 1), ("%.", 1), ("%(a", {}),
 ("%(a)", {"a": 1}), ("%", ()), ("abc%", ()), ("%z", 1), ("%\u20ac", 1), ("%\x01", 1), ("%c", 1114112), ("%c", -1), ("%c", "ab"), ("%c", 1.5),
 ("%*d", ("a", 1)), ("%.*d", ("a", 1)), ("%*d", (1,)), ("%d", None), ("%i", "1"), ("%u", 1.7), ("%x", 1.0), ("%o", "1"), ("%X", -255),
 ("%#o", 0), ("%#x", 0), ("%+.3d", 5), ("% d", 5), ("%+ d", 5), ("%-05d", 5), ("%05s", "a"), ("%-5s|", "a"), ("%.0s", "abc"), ("%5.1s|", "abc"),
 ("%e", "x"), ("%f", None), ("%g", 1e100), ("%#g", 1.0), ("%#.3g", 1.0), ("%#x", 255), ("%#X", 255), ("%010.3f", -3.14159), ("%-10.3e|", 3.0),
 ("%(a)s %(b)s", {"a": 1, "b": 2}), ("%(a)s %s", {"a": 1}), ("%s %s", {"a": 1}), ("%(a)s", ("x",)), ("%s", ()), ("%s", ((),)), ("%r", "é"), ("%a", "é"),
 ("%d", 2**70), ("%x", -2**70), ("%5%", ()), ("%-5%|", ()), ("%.3f", float("nan")), ("%010f", float("inf")), ("%+f", float("-inf")), ("%#5.0f", 2.0),
 ("%*.*f", (8, 2, 3.14159)), ("%-*d|", (-3, 1)), ("%*d|", (-3, 1)), ("%.*s", (-1, "abc")), ("%c", "é"), ("%5c|", 65), ("%d", True), ("%s %d", ("a",)),
 ("%s", (1, 2)), ("%f", 2**2000), ("%.2f", 10**20), ("%d", 10.0**20), ("%d", float("inf")), ("%d", float("nan")),
 ("%l", 1), ("%lh", 1), ("%(a)hd", {"a": 1}), ("%0*d", (5, 1)), ("%#.0e", 1.0), ("%#.0g", 1.0), ("%.0e", 12345.0), ("%g", 123456789.0), ("%G", 1e-10),
 ("%i", 3.99), ("%d", -0.5), ("%x", True), ("%5.3x", 10), ("%#5.3x|", 10), ("%#010x", 10), ("%(a)s", []), ("%s", []), ("%(a)s", "x"),
 ("%c", 0), ("%.1c", 65), ("%-#10o|", 8), ("%+x", 255), ("% x", 255), ("%+o", -8), ("%3$d", 1), ("%(a)(b)s", {"a(b": 1}), ("%(a)s", {"a": 1, "b": 2}),
]
for fmt, args in cases:
    try:
        print(repr(fmt), repr(fmt % args))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
# expect: '%hhd' ValueError unsupported format character 'h' (0x68) at index 2
# expect: '%hd' '1'
# expect: '%ld' '1'
# expect: '%Lf' '1.500000'
# expect: '%lld' ValueError unsupported format character 'l' (0x6c) at index 2
# expect: '%hld' ValueError unsupported format character 'l' (0x6c) at index 2
# expect: '%h' ValueError incomplete format
# expect: '%5' ValueError incomplete format
# expect: '%.' ValueError incomplete format
# expect: '%(a' ValueError incomplete format key
# expect: '%(a)' ValueError incomplete format
# expect: '%' ValueError incomplete format
# expect: 'abc%' ValueError incomplete format
# expect: '%z' ValueError unsupported format character 'z' (0x7a) at index 1
# expect: '%€' ValueError unsupported format character '?' (0x20ac) at index 1
# expect: '%\x01' ValueError unsupported format character '?' (0x1) at index 1
# expect: '%c' OverflowError %c arg not in range(0x110000)
# expect: '%c' OverflowError %c arg not in range(0x110000)
# expect: '%c' TypeError %c requires int or char
# expect: '%c' TypeError %c requires int or char
# expect: '%*d' TypeError * wants int
# expect: '%.*d' TypeError * wants int
# expect: '%*d' TypeError not enough arguments for format string
# expect: '%d' TypeError %d format: a real number is required, not NoneType
# expect: '%i' TypeError %i format: a real number is required, not str
# expect: '%u' '1'
# expect: '%x' TypeError %x format: an integer is required, not float
# expect: '%o' TypeError %o format: an integer is required, not str
# expect: '%X' '-FF'
# expect: '%#o' '0o0'
# expect: '%#x' '0x0'
# expect: '%+.3d' '+005'
# expect: '% d' ' 5'
# expect: '%+ d' '+5'
# expect: '%-05d' '5    '
# expect: '%05s' '    a'
# expect: '%-5s|' 'a    |'
# expect: '%.0s' ''
# expect: '%5.1s|' '    a|'
# expect: '%e' TypeError must be real number, not str
# expect: '%f' TypeError must be real number, not NoneType
# expect: '%g' '1e+100'
# expect: '%#g' '1.00000'
# expect: '%#.3g' '1.00'
# expect: '%#x' '0xff'
# expect: '%#X' '0XFF'
# expect: '%010.3f' '-00003.142'
# expect: '%-10.3e|' '3.000e+00 |'
# expect: '%(a)s %(b)s' '1 2'
# expect: '%(a)s %s' TypeError not enough arguments for format string
# expect: '%s %s' TypeError not enough arguments for format string
# expect: '%(a)s' TypeError format requires a mapping
# expect: '%s' TypeError not enough arguments for format string
# expect: '%s' '()'
# expect: '%r' "'é'"
# expect: '%a' "'\\xe9'"
# expect: '%d' '1180591620717411303424'
# expect: '%x' '-400000000000000000'
# expect: '%5%' TypeError not enough arguments for format string
# expect: '%-5%|' TypeError not enough arguments for format string
# expect: '%.3f' 'nan'
# expect: '%010f' '0000000inf'
# expect: '%+f' '-inf'
# expect: '%#5.0f' '   2.'
# expect: '%*.*f' '    3.14'
# expect: '%-*d|' '1  |'
# expect: '%*d|' '1  |'
# expect: '%.*s' ''
# expect: '%c' 'é'
# expect: '%5c|' '    A|'
# expect: '%d' '1'
# expect: '%s %d' TypeError not enough arguments for format string
# expect: '%s' TypeError not all arguments converted during string formatting
# expect: '%f' OverflowError int too large to convert to float
# expect: '%.2f' '100000000000000000000.00'
# expect: '%d' '100000000000000000000'
# expect: '%d' OverflowError cannot convert float infinity to integer
# expect: '%d' ValueError cannot convert float NaN to integer
# expect: '%l' ValueError incomplete format
# expect: '%lh' ValueError unsupported format character 'h' (0x68) at index 2
# expect: '%(a)hd' '1'
# expect: '%0*d' '00001'
# expect: '%#.0e' '1.e+00'
# expect: '%#.0g' '1.'
# expect: '%.0e' '1e+04'
# expect: '%g' '1.23457e+08'
# expect: '%G' '1E-10'
# expect: '%i' '3'
# expect: '%d' '0'
# expect: '%x' '1'
# expect: '%5.3x' '  00a'
# expect: '%#5.3x|' '0x00a|'
# expect: '%#010x' '0x0000000a'
# expect: '%(a)s' TypeError list indices must be integers or slices, not str
# expect: '%s' '[]'
# expect: '%(a)s' TypeError format requires a mapping
# expect: '%c' '\x00'
# expect: '%.1c' 'A'
# expect: '%-#10o|' '0o10      |'
# expect: '%+x' '+ff'
# expect: '% x' ' ff'
# expect: '%+o' '-10'
# expect: '%3$d' ValueError unsupported format character '$' (0x24) at index 2
# expect: '%(a)(b)s' KeyError 'a'
# expect: '%(a)s' '1'
