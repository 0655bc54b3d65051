import _locale as l
print(sorted(n for n in dir(l) if not n.startswith('__') and 'text' not in n))
print(l.setlocale(l.LC_ALL), l.setlocale(l.LC_CTYPE), l.setlocale(l.LC_NUMERIC))
print(l.localeconv())
print(l.getencoding(), l.nl_langinfo(l.CODESET), l.nl_langinfo(l.RADIXCHAR), l.nl_langinfo(l.D_T_FMT), l.nl_langinfo(l._DATE_FMT), l.nl_langinfo(l.DAY_1), l.nl_langinfo(l.ABMON_12))
print(l.strcoll('a','b'), l.strcoll('b','a'), l.strcoll('a', 'a'), l.strxfrm('abc'))
for f, a in [(l.setlocale, (l.LC_ALL, 'xx_XX')), (l.setlocale, (99,)), (l.nl_langinfo, (12345,)), (l.strcoll, ('a',)), (l.strcoll, ('a', 1)), (l.setlocale, ('x',)), (l.localeconv, (1,)), (l.strxfrm, ('a\0b',))]:
    try: print(f(*a))
    except Exception as e: print(type(e).__name__, e)
print(l.Error, l.Error.__mro__, l.CHAR_MAX, l.LC_ALL, l.LC_CTYPE, l.LC_NUMERIC, l.LC_MESSAGES)
print(l.setlocale(l.LC_NUMERIC, 'C'), l.setlocale(l.LC_ALL, None) == l.setlocale(l.LC_ALL))

# expect: ['ABDAY_1', 'ABDAY_2', 'ABDAY_3', 'ABDAY_4', 'ABDAY_5', 'ABDAY_6', 'ABDAY_7', 'ABMON_1', 'ABMON_10', 'ABMON_11', 'ABMON_12', 'ABMON_2', 'ABMON_3', 'ABMON_4', 'ABMON_5', 'ABMON_6', 'ABMON_7', 'ABMON_8', 'ABMON_9', 'ALT_DIGITS', 'AM_STR', 'CHAR_MAX', 'CODESET', 'CRNCYSTR', 'DAY_1', 'DAY_2', 'DAY_3', 'DAY_4', 'DAY_5', 'DAY_6', 'DAY_7', 'D_FMT', 'D_T_FMT', 'ERA', 'ERA_D_FMT', 'ERA_D_T_FMT', 'ERA_T_FMT', 'Error', 'LC_ALL', 'LC_COLLATE', 'LC_CTYPE', 'LC_MESSAGES', 'LC_MONETARY', 'LC_NUMERIC', 'LC_TIME', 'MON_1', 'MON_10', 'MON_11', 'MON_12', 'MON_2', 'MON_3', 'MON_4', 'MON_5', 'MON_6', 'MON_7', 'MON_8', 'MON_9', 'NOEXPR', 'PM_STR', 'RADIXCHAR', 'THOUSEP', 'T_FMT', 'T_FMT_AMPM', 'YESEXPR', '_DATE_FMT', 'getencoding', 'localeconv', 'nl_langinfo', 'setlocale', 'strcoll', 'strxfrm']
# expect: LC_CTYPE=C.UTF-8;LC_NUMERIC=C;LC_TIME=C;LC_COLLATE=C;LC_MONETARY=C;LC_MESSAGES=C;LC_PAPER=C;LC_NAME=C;LC_ADDRESS=C;LC_TELEPHONE=C;LC_MEASUREMENT=C;LC_IDENTIFICATION=C C.UTF-8 C
# expect: {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '', 'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '', 'negative_sign': '', 'int_frac_digits': 127, 'frac_digits': 127, 'p_cs_precedes': 127, 'p_sep_by_space': 127, 'n_cs_precedes': 127, 'n_sep_by_space': 127, 'p_sign_posn': 127, 'n_sign_posn': 127, 'decimal_point': '.', 'thousands_sep': '', 'grouping': []}
# expect: UTF-8 UTF-8 . %a %b %e %H:%M:%S %Y %a %b %e %H:%M:%S %Z %Y Sunday Dec
# expect: -1 1 0 abc
# expect: Error unsupported locale setting
# expect: Error locale query failed
# expect: ValueError unsupported langinfo constant
# expect: TypeError strcoll expected 2 arguments, got 1
# expect: TypeError strcoll() argument 2 must be str, not int
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError _locale.localeconv() takes no arguments (1 given)
# expect: ValueError embedded null character
# expect: <class 'locale.Error'> (<class 'locale.Error'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>) 127 6 0 1 5
# expect: C True
