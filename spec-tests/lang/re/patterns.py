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
 (r"(?i)[k]", "\u212a"), (r"(?<=a)b", "ab cb"), (r"(?<!a)b", "ab cb"), (r"(?=\d)\w+", "a1b"),
 (r"x(?!y)", "xyxz"), (r"(a)?(?(1)b|c)", "ab c"), (r"(?>a+)b", "aaab"), (r"a++b", "aaab"), (r"a++a", "aaa"),
 (r"(?:ab)++c", "ababc"), (r"(?:ab)*+ab", "abab"), (r"a{2,3}", "aaaa"), (r"a{2,3}?", "aaaa"), (r"(ab){2}", "ababab"),
 (r"(?:a|b){1,2}?c", "abc"), (r"\d+(?:\.\d*)?", "3.14 2. 7"), (r"[\u0400-\u04ff]+", "hi привет"),
 (r"\s+", "a \t\n b\u3000c"), (r"(?a)\s+", "a\u3000 b"), (r"\W+", "a,b.é"), (r"(?a)\w+", "éa_b"),
 (r"[\d\s]+", "12 34x"), (r"(?x) a  b # comment\n c", "abc"), (r"(a*)*", "b"), (r"(a*)+", "b"), (r"(a|)*b", "aab"),
 (r"(?:a*)*?b", "aab"), (r"((a)|b)+", "ab"), (r"(a)|(b)", "b"), (r"\Aab\Z", "ab"), (r"ab\Z", "ab\n"),
 (r"(?i)[a-z]+", "HeLLo"), (r"(?i)[^a-z]+", "He1LLo"), (r"(?i)\u0130", "i\u0307"), (r"(?i)ǅ", "ǆ ǅ Ǆ"),
 (r"[^\x00-\x7f]", "abc\xe9"), (r"\x41\u0042\U00000043", "ABC"), (r"[\U0001F600-\U0001F64F]+", "hi \U0001F600\U0001F601"),
 (r"(?i)[\U00010400-\U0001044f]", "\U00010428"), (r"(?<=\d{2})x", "1x 12x"), (r"(?<!^)x", "xax"),
 (r"(?:(?P<a>x)|y)(?(a)1|2)", "x1 y2 x2"), (r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11", "abcdefghijkk"),
 (r"\$\d+", "cost $45"), (r"[]a]", "]"), (r"[\]]", "]"), (r"a.c", "a\nc abc"), (r"(?s:a.c)", "a\nc"),
 (r"(?i:a)b", "AB Ab"), (r"(?-i:a)b", "AB ab"),
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
# expect: ((0, 1), ())
# expect: ['K']
# expect: [(0, 1)]
# expect: 'K'
# expect: (0, 1)
# expect: ['', '']
# expect: '-'
# expect: ('<K>', 1)
# expect: ((1, 2), ())
# expect: ['b']
# expect: [(1, 2)]
# expect: None
# expect: None
# expect: ['a', ' cb']
# expect: 'a- cb'
# expect: ('a<b> cb', 1)
# expect: ((4, 5), ())
# expect: ['b']
# expect: [(4, 5)]
# expect: None
# expect: None
# expect: ['ab c', '']
# expect: 'ab c-'
# expect: ('ab c<b>', 1)
# expect: ((1, 3), ())
# expect: ['1b']
# expect: [(1, 3)]
# expect: None
# expect: None
# expect: ['a', '']
# expect: 'a-'
# expect: ('a<1b>', 1)
# expect: ((2, 3), ())
# expect: ['x']
# expect: [(2, 3)]
# expect: None
# expect: None
# expect: ['xy', 'z']
# expect: 'xy-z'
# expect: ('xy<x>z', 1)
# expect: ((0, 2), ('a',))
# expect: ['a', '']
# expect: [(0, 2), (3, 4)]
# expect: 'ab'
# expect: None
# expect: ['', 'a', ' ', None, '']
# expect: '- -'
# expect: ('<ab> <c>', 2)
# expect: ((0, 4), ())
# expect: ['aaab']
# expect: [(0, 4)]
# expect: 'aaab'
# expect: (0, 4)
# expect: ['', '']
# expect: '-'
# expect: ('<aaab>', 1)
# expect: ((0, 4), ())
# expect: ['aaab']
# expect: [(0, 4)]
# expect: 'aaab'
# expect: (0, 4)
# expect: ['', '']
# expect: '-'
# expect: ('<aaab>', 1)
# expect: None
# expect: []
# expect: []
# expect: None
# expect: None
# expect: ['aaa']
# expect: 'aaa'
# expect: ('aaa', 0)
# expect: ((0, 5), ())
# expect: ['ababc']
# expect: [(0, 5)]
# expect: 'ababc'
# expect: (0, 5)
# expect: ['', '']
# expect: '-'
# expect: ('<ababc>', 1)
# expect: None
# expect: []
# expect: []
# expect: None
# expect: None
# expect: ['abab']
# expect: 'abab'
# expect: ('abab', 0)
# expect: ((0, 3), ())
# expect: ['aaa']
# expect: [(0, 3)]
# expect: 'aaa'
# expect: None
# expect: ['', 'a']
# expect: '-a'
# expect: ('<aaa>a', 1)
# expect: ((0, 2), ())
# expect: ['aa', 'aa']
# expect: [(0, 2), (2, 4)]
# expect: 'aa'
# expect: None
# expect: ['', '', '']
# expect: '--'
# expect: ('<aa><aa>', 2)
# expect: ((0, 4), ('ab',))
# expect: ['ab']
# expect: [(0, 4)]
# expect: 'abab'
# expect: None
# expect: ['', 'ab', 'ab']
# expect: '-ab'
# expect: ('<abab>ab', 1)
# expect: ((0, 3), ())
# expect: ['abc']
# expect: [(0, 3)]
# expect: 'abc'
# expect: (0, 3)
# expect: ['', '']
# expect: '-'
# expect: ('<abc>', 1)
# expect: ((0, 4), ())
# expect: ['3.14', '2.', '7']
# expect: [(0, 4), (5, 7), (8, 9)]
# expect: '3.14'
# expect: None
# expect: ['', ' ', ' ', '']
# expect: '- - -'
# expect: ('<3.14> <2.> <7>', 3)
# expect: ((3, 9), ())
# expect: ['привет']
# expect: [(3, 9)]
# expect: None
# expect: None
# expect: ['hi ', '']
# expect: 'hi -'
# expect: ('hi <привет>', 1)
# expect: ((1, 5), ())
# expect: [' \t\n ', '\u3000']
# expect: [(1, 5), (6, 7)]
# expect: None
# expect: None
# expect: ['a', 'b', 'c']
# expect: 'a-b-c'
# expect: ('a< \t\n >b<\u3000>c', 2)
# expect: ((2, 3), ())
# expect: [' ']
# expect: [(2, 3)]
# expect: None
# expect: None
# expect: ['a\u3000', 'b']
# expect: 'a\u3000-b'
# expect: ('a\u3000< >b', 1)
# expect: ((1, 2), ())
# expect: [',', '.']
# expect: [(1, 2), (3, 4)]
# expect: None
# expect: None
# expect: ['a', 'b', 'é']
# expect: 'a-b-é'
# expect: ('a<,>b<.>é', 2)
# expect: ((1, 4), ())
# expect: ['a_b']
# expect: [(1, 4)]
# expect: None
# expect: None
# expect: ['é', '']
# expect: 'é-'
# expect: ('é<a_b>', 1)
# expect: ((0, 5), ())
# expect: ['12 34']
# expect: [(0, 5)]
# expect: '12 34'
# expect: None
# expect: ['', 'x']
# expect: '-x'
# expect: ('<12 34>x', 1)
# expect: ((0, 2), ())
# expect: ['ab']
# expect: [(0, 2)]
# expect: 'ab'
# expect: None
# expect: ['', 'c']
# expect: '-c'
# expect: ('<ab>c', 1)
# expect: ((0, 0), ('',))
# expect: ['', '']
# expect: [(0, 0), (1, 1)]
# expect: ''
# expect: None
# expect: ['', '', 'b', '', '']
# expect: '-b-'
# expect: ('<>b<>', 2)
# expect: ((0, 0), ('',))
# expect: ['', '']
# expect: [(0, 0), (1, 1)]
# expect: ''
# expect: None
# expect: ['', '', 'b', '', '']
# expect: '-b-'
# expect: ('<>b<>', 2)
# expect: ((0, 3), ('',))
# expect: ['']
# expect: [(0, 3)]
# expect: 'aab'
# expect: (0, 3)
# expect: ['', '', '']
# expect: '-'
# expect: ('<aab>', 1)
# expect: ((0, 3), ())
# expect: ['aab']
# expect: [(0, 3)]
# expect: 'aab'
# expect: (0, 3)
# expect: ['', '']
# expect: '-'
# expect: ('<aab>', 1)
# expect: ((0, 2), ('b', 'a'))
# expect: [('b', 'a')]
# expect: [(0, 2)]
# expect: 'ab'
# expect: (0, 2)
# expect: ['', 'b', 'a', '']
# expect: '-'
# expect: ('<ab>', 1)
# expect: ((0, 1), (None, 'b'))
# expect: [('', 'b')]
# expect: [(0, 1)]
# expect: 'b'
# expect: (0, 1)
# expect: ['', None, 'b', '']
# expect: '-'
# expect: ('<b>', 1)
# expect: ((0, 2), ())
# expect: ['ab']
# expect: [(0, 2)]
# expect: 'ab'
# expect: (0, 2)
# expect: ['', '']
# expect: '-'
# expect: ('<ab>', 1)
# expect: None
# expect: []
# expect: []
# expect: None
# expect: None
# expect: ['ab\n']
# expect: 'ab\n'
# expect: ('ab\n', 0)
# expect: ((0, 5), ())
# expect: ['HeLLo']
# expect: [(0, 5)]
# expect: 'HeLLo'
# expect: (0, 5)
# expect: ['', '']
# expect: '-'
# expect: ('<HeLLo>', 1)
# expect: ((2, 3), ())
# expect: ['1']
# expect: [(2, 3)]
# expect: None
# expect: None
# expect: ['He', 'LLo']
# expect: 'He-LLo'
# expect: ('He<1>LLo', 1)
# expect: ((0, 1), ())
# expect: ['i']
# expect: [(0, 1)]
# expect: 'i'
# expect: None
# expect: ['', '̇']
# expect: '-̇'
# expect: ('<i>̇', 1)
# expect: ((0, 1), ())
# expect: ['ǆ', 'ǅ', 'Ǆ']
# expect: [(0, 1), (2, 3), (4, 5)]
# expect: 'ǆ'
# expect: None
# expect: ['', ' ', ' ', '']
# expect: '- - -'
# expect: ('<ǆ> <ǅ> <Ǆ>', 3)
# expect: ((3, 4), ())
# expect: ['é']
# expect: [(3, 4)]
# expect: None
# expect: None
# expect: ['abc', '']
# expect: 'abc-'
# expect: ('abc<é>', 1)
# expect: ((0, 3), ())
# expect: ['ABC']
# expect: [(0, 3)]
# expect: 'ABC'
# expect: (0, 3)
# expect: ['', '']
# expect: '-'
# expect: ('<ABC>', 1)
# expect: ((3, 5), ())
# expect: ['😀😁']
# expect: [(3, 5)]
# expect: None
# expect: None
# expect: ['hi ', '']
# expect: 'hi -'
# expect: ('hi <😀😁>', 1)
# expect: ((0, 1), ())
# expect: ['𐐨']
# expect: [(0, 1)]
# expect: '𐐨'
# expect: (0, 1)
# expect: ['', '']
# expect: '-'
# expect: ('<𐐨>', 1)
# expect: ((5, 6), ())
# expect: ['x']
# expect: [(5, 6)]
# expect: None
# expect: None
# expect: ['1x 12', '']
# expect: '1x 12-'
# expect: ('1x 12<x>', 1)
# expect: ((2, 3), ())
# expect: ['x']
# expect: [(2, 3)]
# expect: None
# expect: None
# expect: ['xa', '']
# expect: 'xa-'
# expect: ('xa<x>', 1)
# expect: ((0, 2), ('x',))
# expect: ['x', '']
# expect: [(0, 2), (3, 5)]
# expect: 'x1'
# expect: None
# expect: ['', 'x', ' ', None, ' x2']
# expect: '- - x2'
# expect: ('<x1> <y2> x2', 2)
# expect: ((0, 12), ('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'))
# expect: [('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k')]
# expect: [(0, 12)]
# expect: 'abcdefghijkk'
# expect: (0, 12)
# expect: ['', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', '']
# expect: '-'
# expect: ('<abcdefghijkk>', 1)
# expect: ((5, 8), ())
# expect: ['$45']
# expect: [(5, 8)]
# expect: None
# expect: None
# expect: ['cost ', '']
# expect: 'cost -'
# expect: ('cost <$45>', 1)
# expect: ((0, 1), ())
# expect: [']']
# expect: [(0, 1)]
# expect: ']'
# expect: (0, 1)
# expect: ['', '']
# expect: '-'
# expect: ('<]>', 1)
# expect: ((0, 1), ())
# expect: [']']
# expect: [(0, 1)]
# expect: ']'
# expect: (0, 1)
# expect: ['', '']
# expect: '-'
# expect: ('<]>', 1)
# expect: ((4, 7), ())
# expect: ['abc']
# expect: [(4, 7)]
# expect: None
# expect: None
# expect: ['a\nc ', '']
# expect: 'a\nc -'
# expect: ('a\nc <abc>', 1)
# expect: ((0, 3), ())
# expect: ['a\nc']
# expect: [(0, 3)]
# expect: 'a\nc'
# expect: (0, 3)
# expect: ['', '']
# expect: '-'
# expect: ('<a\nc>', 1)
# expect: ((3, 5), ())
# expect: ['Ab']
# expect: [(3, 5)]
# expect: None
# expect: None
# expect: ['AB ', '']
# expect: 'AB -'
# expect: ('AB <Ab>', 1)
# expect: ((3, 5), ())
# expect: ['ab']
# expect: [(3, 5)]
# expect: None
# expect: None
# expect: ['AB ', '']
# expect: 'AB -'
# expect: ('AB <ab>', 1)
