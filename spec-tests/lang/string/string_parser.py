import _string
for t in ['a{{b', 'x}}y{0}', '', '{0}', 'abc', '{}{}', '{a!s}', '{0:}', 'a{0!r:>{w}}b{x.y[1]}{{', 'a{0:{1:{2}}}', '{!r}']:
    print(list(_string.formatter_parser(t)))
for bad in ['{', '}', '{0!}', '{0!rr}', '{0', '{0[}', 'a}b']:
    try: print(list(_string.formatter_parser(bad)))
    except Exception as e: print(type(e).__name__, e)
for name in ['a.b[0].c', '0[x]', '', '0]', '[1]', '12', 'x[01]', 'a.b']:
    a, b = _string.formatter_field_name_split(name); print(repr(a), list(b))
for bad in ['0[', 'a..b', 1, 'a[0]x']:
    try: a,b = _string.formatter_field_name_split(bad); print(repr(a), list(b))
    except Exception as e: print(type(e).__name__, e)
try: _string.formatter_parser(5)
except Exception as e: print(type(e).__name__, e)

# expect: [('a{', None, None, None), ('b', None, None, None)]
# expect: [('x}', None, None, None), ('y', '0', '', None)]
# expect: []
# expect: [('', '0', '', None)]
# expect: [('abc', None, None, None)]
# expect: [('', '', '', None), ('', '', '', None)]
# expect: [('', 'a', '', 's')]
# expect: [('', '0', '', None)]
# expect: [('a', '0', '>{w}', 'r'), ('b', 'x.y[1]', '', None), ('{', None, None, None)]
# expect: [('a', '0', '{1:{2}}', None)]
# expect: [('', '', '', 'r')]
# expect: ValueError Single '{' encountered in format string
# expect: ValueError Single '}' encountered in format string
# expect: ValueError unmatched '{' in format spec
# expect: ValueError expected ':' after conversion specifier
# expect: ValueError expected '}' before end of string
# expect: ValueError expected '}' before end of string
# expect: ValueError Single '}' encountered in format string
# expect: 'a' [(True, 'b'), (False, 0), (True, 'c')]
# expect: 0 [(False, 'x')]
# expect: '' []
# expect: '0]' []
# expect: '' [(False, 1)]
# expect: 12 []
# expect: 'x' [(False, 1)]
# expect: 'a' [(True, 'b')]
# expect: ValueError Missing ']' in format string
# expect: ValueError Empty attribute in format string
# expect: TypeError expected str, got int
# expect: ValueError Only '.' or '[' may follow ']' in format field specifier
# expect: TypeError expected str, got int
