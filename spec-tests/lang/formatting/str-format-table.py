# str.format: nested fields, numbering, field names and their errors, checked on CPython 3.11.
import sys
A = sys
d = {"k": 3, "}": 4, "0": "s", "a:b": 6}
cases = [
    ("{:{}{}}", (1, ">", 5), {}), ("{0:{1}}", (1, ">5"), {}), ("{:{}}", (1, 5), {}), ("{0:{1}{2}}", (1, "<", 4), {}),
    ("{0:{}}", (1, 2), {}), ("{:{0}}", (1, 2), {}), ("{}{1}", (1, 2), {}), ("{1}{}", (1, 2), {}), ("{", (), {}), ("}", (), {}),
    ("a{", (), {}), ("a}b", (), {}), ("{}}", (1,), {}), ("{{}}", (), {}), ("{{{}}}", (1,), {}), ("{0", (1,), {}), ("{0:", (1,), {}),
    ("{!r}", (1,), {}), ("{0!}", (1,), {}), ("{0!x}", (1,), {}), ("{0!rr}", (1,), {}), ("{0!r:>5}", ("a",), {}), ("{0!s}", (A,), {}),
    ("{0!a}", ("é",), {}), ("{:{:{}}}", (1, 2, 3), {}), ("{0:{1:{2}}}", (1, 2, 3), {}), ("{0.maxsize}", (A,), {}), ("{.maxsize}", (A,), {}),
    ("{[k]}", (d,), {}), ("{0[}]}", (d,), {}), ("{0[0]}", (d,), {}), ("{0[0]}", ([7],), {}), ("{0[-1]}", ({"-1": 2},), {}),
    ("{0[a:b]}", (d,), {}), ("{0[k]x}", (d,), {}), ("{0.}", (A,), {}), ("{0..maxsize}", (A,), {}), ("{0[]}", (d,), {}), ("{0[k}", (d,), {}),
    ("{0.y}", (A,), {}), ("{x}", (), {"x": 1}), ("{y}", (), {"x": 1}), ("{5}", (1,), {}), ("{x.maxsize}", (), {"x": A}),
    ("{x[k]}", (), {"x": d}), ("{ }", (), {" ": 1}), ("{-1}", (1,), {}), ("{00}", (1,), {}), ("{0x}", (1,), {}), ("{1:}", (1, 2), {}),
    ("{:}", (1,), {}), ("{0}{0}", (1,), {}), ("{0:{x}}", (1,), {"x": 5}), ("{0:{x}d}", (1,), {"x": 5}), ("{:{x}}", (1,), {"x": 3}),
    ("{x:{}}", (4,), {"x": 3}), ("{a{b}", (), {}), ("{0{}}", (1,), {}), ("{:}}", (1,), {}), ("{:{{}}}", (1,), {}), ("{0:}}", (1,), {}),
    ("{0:{{}", (1,), {}), ("{0:>{1}}}", (1, 3), {}), ("{!}", (1,), {}), ("{:!r}", (1,), {}), ("{0!r!s}", (1,), {}), ("{0:!}", (1,), {}),
    ("x{0}y{1}z", ("a", "b"), {}), ("{0[0][1]}", ([[1, 2]],), {}), ("{0[0].maxsize}", ([A],), {}), ("{99999999999999999999}", (1,), {}),
    ("{0!\u00e9}", (1,), {}), ("{0:{1}}", (1, "q"), {}), ("{:d}", ("s",), {}), ("{0!r:^9}", ("é",), {}), ("{:{}}", ("ab", "*^6"), {}),
    ("{0:{1}}", ("ab", 3.5), {}), ("{0:{1}}", ("ab", None), {}), ("{0:{1!r}}", ("ab", 4), {}), ("{0:{1[0]}}", ("ab", [5]), {}),
    ("{0:{1:{2}}}", ("ab", 5, "{"), {}), ("{:{:}}", (1, 2), {}), ("{[}", ({},), {}), ("{0]}", (1,), {}), ("{0[0]]}", ([1],), {}),
    ("\u00e9{}\u00e9", ("\u00e8",), {}), ("{0:\u00e9>5}", (1,), {}),
]
for tpl, args, kwargs in cases:
    try:
        print(repr(tpl), repr(tpl.format(*args, **kwargs)))
    except Exception as e:
        print(repr(tpl), type(e).__name__, e)
# expect: '{:{}{}}' '    1'
# expect: '{0:{1}}' '    1'
# expect: '{:{}}' '    1'
# expect: '{0:{1}{2}}' '1   '
# expect: '{0:{}}' ValueError cannot switch from manual field specification to automatic field numbering
# expect: '{:{0}}' ValueError cannot switch from automatic field numbering to manual field specification
# expect: '{}{1}' ValueError cannot switch from automatic field numbering to manual field specification
# expect: '{1}{}' ValueError cannot switch from manual field specification to automatic field numbering
# expect: '{' ValueError Single '{' encountered in format string
# expect: '}' ValueError Single '}' encountered in format string
# expect: 'a{' ValueError Single '{' encountered in format string
# expect: 'a}b' ValueError Single '}' encountered in format string
# expect: '{}}' ValueError Single '}' encountered in format string
# expect: '{{}}' '{}'
# expect: '{{{}}}' '{1}'
# expect: '{0' ValueError expected '}' before end of string
# expect: '{0:' ValueError unmatched '{' in format spec
# expect: '{!r}' '1'
# expect: '{0!}' ValueError unmatched '{' in format spec
# expect: '{0!x}' ValueError Unknown conversion specifier x
# expect: '{0!rr}' ValueError expected ':' after conversion specifier
# expect: '{0!r:>5}' "  'a'"
# expect: '{0!s}' "<module 'sys' (built-in)>"
# expect: '{0!a}' "'\\xe9'"
# expect: '{:{:{}}}' ValueError Max string recursion exceeded
# expect: '{0:{1:{2}}}' ValueError Max string recursion exceeded
# expect: '{0.maxsize}' '9223372036854775807'
# expect: '{.maxsize}' '9223372036854775807'
# expect: '{[k]}' '3'
# expect: '{0[}]}' '4'
# expect: '{0[0]}' KeyError 0
# expect: '{0[0]}' '7'
# expect: '{0[-1]}' '2'
# expect: '{0[a:b]}' '6'
# expect: '{0[k]x}' ValueError Only '.' or '[' may follow ']' in format field specifier
# expect: '{0.}' ValueError Empty attribute in format string
# expect: '{0..maxsize}' ValueError Empty attribute in format string
# expect: '{0[]}' ValueError Empty attribute in format string
# expect: '{0[k}' ValueError expected '}' before end of string
# expect: '{0.y}' AttributeError module 'sys' has no attribute 'y'
# expect: '{x}' '1'
# expect: '{y}' KeyError 'y'
# expect: '{5}' IndexError Replacement index 5 out of range for positional args tuple
# expect: '{x.maxsize}' '9223372036854775807'
# expect: '{x[k]}' '3'
# expect: '{ }' '1'
# expect: '{-1}' KeyError '-1'
# expect: '{00}' '1'
# expect: '{0x}' KeyError '0x'
# expect: '{1:}' '2'
# expect: '{:}' '1'
# expect: '{0}{0}' '11'
# expect: '{0:{x}}' '    1'
# expect: '{0:{x}d}' '    1'
# expect: '{:{x}}' '  1'
# expect: '{x:{}}' '   3'
# expect: '{a{b}' ValueError unexpected '{' in field name
# expect: '{0{}}' ValueError unexpected '{' in field name
# expect: '{:}}' ValueError Single '}' encountered in format string
# expect: '{:{{}}}' ValueError Invalid format specifier '{}' for object of type 'int'
# expect: '{0:}}' ValueError Single '}' encountered in format string
# expect: '{0:{{}' ValueError unmatched '{' in format spec
# expect: '{0:>{1}}}' ValueError Single '}' encountered in format string
# expect: '{!}' ValueError unmatched '{' in format spec
# expect: '{:!r}' ValueError Invalid format specifier '!r' for object of type 'int'
# expect: '{0!r!s}' ValueError expected ':' after conversion specifier
# expect: '{0:!}' ValueError Unknown format code '!' for object of type 'int'
# expect: 'x{0}y{1}z' 'xaybz'
# expect: '{0[0][1]}' '2'
# expect: '{0[0].maxsize}' '9223372036854775807'
# expect: '{99999999999999999999}' ValueError Too many decimal digits in format string
# expect: '{0!é}' ValueError Unknown conversion specifier \xe9
# expect: '{0:{1}}' ValueError Unknown format code 'q' for object of type 'int'
# expect: '{:d}' ValueError Unknown format code 'd' for object of type 'str'
# expect: '{0!r:^9}' "   'é'   "
# expect: '{:{}}' '**ab**'
# expect: '{0:{1}}' 'ab '
# expect: '{0:{1}}' ValueError Invalid format specifier 'None' for object of type 'str'
# expect: '{0:{1!r}}' 'ab  '
# expect: '{0:{1[0]}}' 'ab   '
# expect: '{0:{1:{2}}}' ValueError Max string recursion exceeded
# expect: '{:{:}}' ' 1'
# expect: '{[}' ValueError expected '}' before end of string
# expect: '{0]}' KeyError '0]'
# expect: '{0[0]]}' ValueError Only '.' or '[' may follow ']' in format field specifier
# expect: 'é{}é' 'éèé'
# expect: '{0:é>5}' 'éééé1'
