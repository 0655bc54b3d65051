import re
def show(f):
    try:
        r = f()
    except Exception as e:
        r = (type(e).__name__, str(e))
    print(repr(r))
pats = [
 (r"(?i)[k]", "\u212a"), (r"(?<=a)b", "ab cb"), (r"(?<!a)b", "ab cb"), (r"(?=\d)\w+", "a1b"),
 (r"x(?!y)", "xyxz"), (r"(a)?(?(1)b|c)", "ab c"), (r"(?>a+)b", "aaab"), (r"a++b", "aaab"), (r"a++a", "aaa"),
 (r"(?:ab)++c", "ababc"), (r"(?:ab)*+ab", "abab"), (r"a{2,3}", "aaaa"), (r"a{2,3}?", "aaaa"), (r"(ab){2}", "ababab"),
 (r"(?:a|b){1,2}?c", "abc"), (r"\d+(?:\.\d*)?", "3.14 2. 7"), (r"[\u0400-\u04ff]+", "hi привет"),
 (r"\s+", "a \t\n b\u3000c"), (r"(?a)\s+", "a\u3000 b"), (r"\W+", "a,b.é"), (r"(?a)\w+", "éa_b"),
 (r"[\d\s]+", "12 34x"), (r"(?x) a  b # comment\n c", "abc"), (r"(a*)*", "b"), (r"(a*)+", "b"), (r"(a|)*b", "aab"),
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
