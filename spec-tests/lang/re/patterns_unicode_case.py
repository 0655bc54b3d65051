import re
def show(f):
    try:
        r = f()
    except Exception as e:
        r = (type(e).__name__, str(e))
    print(repr(r))
pats = [
 (r"(?:a*)*?b", "aab"), (r"((a)|b)+", "ab"), (r"(a)|(b)", "b"), (r"\Aab\Z", "ab"), (r"ab\Z", "ab\n"),
 (r"(?i)[a-z]+", "HeLLo"), (r"(?i)[^a-z]+", "He1LLo"), (r"(?i)\u0130", "i\u0307"), (r"(?i)ǅ", "ǆ ǅ Ǆ"),
 (r"[^\x00-\x7f]", "abc\xe9"), (r"\x41\u0042\U00000043", "ABC"), (r"[\U0001F600-\U0001F64F]+", "hi \U0001F600\U0001F601"),
 (r"(?i)[\U00010400-\U0001044f]", "\U00010428"), (r"(?<=\d{2})x", "1x 12x"), (r"(?<!^)x", "xax"),
 (r"(?:(?P<a>x)|y)(?(a)1|2)", "x1 y2 x2"), (r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11", "abcdefghijkk"),
 (r"\$\d+", "cost $45"), (r"[]a]", "]"), (r"[\]]", "]"), (r"a.c", "a\nc abc"), (r"(?s:a.c)", "a\nc"),
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
