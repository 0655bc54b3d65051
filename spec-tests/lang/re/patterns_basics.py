import re
def show(f):
    try:
        r = f()
    except Exception as e:
        r = (type(e).__name__, str(e))
    print(repr(r))
pats = [
 (r"a|b", "xbxa"), (r"(a|ab)(c|bcd)(d*)", "abcd"), (r"a*", "aaab"), (r"a*?b", "aaab"),
 (r"(a+)+b", "aaaab"), (r"(?:(a)|b)*", "ab"), (r"(a)*", "aaa"), (r"(a|b)*?c", "abac"),
 (r"\bfoo\b", "a foo b"), (r"\Bo", "foo"), (r"^a$", "a\n"), (r"(?m)^b$", "a\nb\nc"),
 (r"(?s).+", "a\nb"), (r".+", "a\nb"), (r"[^a-c]+", "abcdef"), (r"[\w.]+@[\w.]+", "x joe@ex.com y"),
 (r"(\d+)-(\d+)", "10-20"), (r"(?P<y>\d{4})-(?P<m>\d\d)", "2024-05"), (r"(a)(?P<n>b)?c", "ac"),
 (r"(\w)\1", "hello"), (r"(?i)(\w)\1", "aA"), (r"(?i)straße", "STRASSE"), (r"(?i)σ", "Σς"),
]
for p, s in pats:
    show(lambda: re.search(p, s) and (re.search(p, s).span(), re.search(p, s).groups()))
    show(lambda: re.findall(p, s))
    show(lambda: [m.span() for m in re.finditer(p, s)])
    show(lambda: re.match(p, s) and re.match(p, s).group())
    show(lambda: re.fullmatch(p, s) and re.fullmatch(p, s).span())
    show(lambda: re.split(p, s))
    show(lambda: re.sub(p, "-", s))
    show(lambda: re.subn(p, lambda m: "<%s>" % m.group(), s))

# expect: ((1, 2), ())
# expect: ['b', 'a']
# expect: [(1, 2), (3, 4)]
# expect: None
# expect: None
# expect: ['x', 'x', '']
# expect: 'x-x-'
# expect: ('x<b>x<a>', 2)
# expect: ((0, 4), ('a', 'bcd', ''))
# expect: [('a', 'bcd', '')]
# expect: [(0, 4)]
# expect: 'abcd'
# expect: (0, 4)
# expect: ['', 'a', 'bcd', '', '']
# expect: '-'
# expect: ('<abcd>', 1)
# expect: ((0, 3), ())
# expect: ['aaa', '', '']
# expect: [(0, 3), (3, 3), (4, 4)]
# expect: 'aaa'
# expect: None
# expect: ['', '', 'b', '']
# expect: '--b-'
# expect: ('<aaa><>b<>', 3)
# expect: ((0, 4), ())
# expect: ['aaab']
# expect: [(0, 4)]
# expect: 'aaab'
# expect: (0, 4)
# expect: ['', '']
# expect: '-'
# expect: ('<aaab>', 1)
# expect: ((0, 5), ('aaaa',))
# expect: ['aaaa']
# expect: [(0, 5)]
# expect: 'aaaab'
# expect: (0, 5)
# expect: ['', 'aaaa', '']
# expect: '-'
# expect: ('<aaaab>', 1)
# expect: ((0, 2), ('a',))
# expect: ['a', '']
# expect: [(0, 2), (2, 2)]
# expect: 'ab'
# expect: (0, 2)
# expect: ['', 'a', '', None, '']
# expect: '--'
# expect: ('<ab><>', 2)
# expect: ((0, 3), ('a',))
# expect: ['a', '']
# expect: [(0, 3), (3, 3)]
# expect: 'aaa'
# expect: (0, 3)
# expect: ['', 'a', '', None, '']
# expect: '--'
# expect: ('<aaa><>', 2)
# expect: ((0, 4), ('a',))
# expect: ['a']
# expect: [(0, 4)]
# expect: 'abac'
# expect: (0, 4)
# expect: ['', 'a', '']
# expect: '-'
# expect: ('<abac>', 1)
# expect: ((2, 5), ())
# expect: ['foo']
# expect: [(2, 5)]
# expect: None
# expect: None
# expect: ['a ', ' b']
# expect: 'a - b'
# expect: ('a <foo> b', 1)
# expect: ((1, 2), ())
# expect: ['o', 'o']
# expect: [(1, 2), (2, 3)]
# expect: None
# expect: None
# expect: ['f', '', '']
# expect: 'f--'
# expect: ('f<o><o>', 2)
# expect: ((0, 1), ())
# expect: ['a']
# expect: [(0, 1)]
# expect: 'a'
# expect: None
# expect: ['', '\n']
# expect: '-\n'
# expect: ('<a>\n', 1)
# expect: ((2, 3), ())
# expect: ['b']
# expect: [(2, 3)]
# expect: None
# expect: None
# expect: ['a\n', '\nc']
# expect: 'a\n-\nc'
# expect: ('a\n<b>\nc', 1)
# expect: ((0, 3), ())
# expect: ['a\nb']
# expect: [(0, 3)]
# expect: 'a\nb'
# expect: (0, 3)
# expect: ['', '']
# expect: '-'
# expect: ('<a\nb>', 1)
# expect: ((0, 1), ())
# expect: ['a', 'b']
# expect: [(0, 1), (2, 3)]
# expect: 'a'
# expect: None
# expect: ['', '\n', '']
# expect: '-\n-'
# expect: ('<a>\n<b>', 2)
# expect: ((3, 6), ())
# expect: ['def']
# expect: [(3, 6)]
# expect: None
# expect: None
# expect: ['abc', '']
# expect: 'abc-'
# expect: ('abc<def>', 1)
# expect: ((2, 12), ())
# expect: ['joe@ex.com']
# expect: [(2, 12)]
# expect: None
# expect: None
# expect: ['x ', ' y']
# expect: 'x - y'
# expect: ('x <joe@ex.com> y', 1)
# expect: ((0, 5), ('10', '20'))
# expect: [('10', '20')]
# expect: [(0, 5)]
# expect: '10-20'
# expect: (0, 5)
# expect: ['', '10', '20', '']
# expect: '-'
# expect: ('<10-20>', 1)
# expect: ((0, 7), ('2024', '05'))
# expect: [('2024', '05')]
# expect: [(0, 7)]
# expect: '2024-05'
# expect: (0, 7)
# expect: ['', '2024', '05', '']
# expect: '-'
# expect: ('<2024-05>', 1)
# expect: ((0, 2), ('a', None))
# expect: [('a', '')]
# expect: [(0, 2)]
# expect: 'ac'
# expect: (0, 2)
# expect: ['', 'a', None, '']
# expect: '-'
# expect: ('<ac>', 1)
# expect: ((2, 4), ('l',))
# expect: ['l']
# expect: [(2, 4)]
# expect: None
# expect: None
# expect: ['he', 'l', 'o']
# expect: 'he-o'
# expect: ('he<ll>o', 1)
# expect: ((0, 2), ('a',))
# expect: ['a']
# expect: [(0, 2)]
# expect: 'aA'
# expect: (0, 2)
# expect: ['', 'a', '']
# expect: '-'
# expect: ('<aA>', 1)
# expect: None
# expect: []
# expect: []
# expect: None
# expect: None
# expect: ['STRASSE']
# expect: 'STRASSE'
# expect: ('STRASSE', 0)
# expect: ((0, 1), ())
# expect: ['Σ', 'ς']
# expect: [(0, 1), (1, 2)]
# expect: 'Σ'
# expect: None
# expect: ['', '', '']
# expect: '--'
# expect: ('<Σ><ς>', 2)
