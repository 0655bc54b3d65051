import re, sys
def show(f):
    try:
        r = f()
    except Exception as e:
        r = (type(e).__name__, str(e))
    print(repr(r))
for bad in ["a(", "(?P<1>a)", "a**", "[z-a]", r"\1", "(?<=a+)b", "(?", "*a", r"\p", "(?P=x)", "a{2,1}", "(?i", r"[\d-z]", "(?(2)a)"]:
    show(lambda: re.compile(bad))
show(lambda: re.compile("a").match("a").groupdict())
show(lambda: re.escape("a.b*c"))
show(lambda: re.fullmatch(r"a|ab", "ab").span())
show(lambda: re.fullmatch(r"a*?", "aaa").span())
show(lambda: re.fullmatch(r"(?:a|ab)(?:c|bcd)", "abcd").span())
show(lambda: re.fullmatch(r"a+?", "aaa").span())
show(lambda: re.match(r"(?i)ſ", "S"))
show(lambda: re.match(r"(?i)[ſ]", "s"))
show(lambda: re.match(r"(?i)ﬀ", "FF"))
show(lambda: re.match(r"(?i)[ᾳ]", "ᾼ"))
show(lambda: re.match(r"(?i)ᾳ", "ᾼ"))
show(lambda: re.findall(r"(?i)[^ß]", "ßẞs"))
show(lambda: re.findall(r"\d", "١٢3"))
show(lambda: re.findall(r"\w", "ⅷ²"))
show(lambda: re.findall(r"\s", "\x1c\x85\xa0"))
show(lambda: re.findall(r"(?m)$", "a\nb\n"))
show(lambda: re.findall(r"$", "a\nb\n"))
show(lambda: re.findall(r"\Z", "a\n"))
show(lambda: re.findall(r".", "\r\n\x85\u2028"))
show(lambda: re.purge())
import _sre
show(lambda: (_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize(), _sre.copyright))
show(lambda: [n for n in dir(_sre) if not n.startswith("__")])
show(lambda: (_sre.ascii_iscased(65), _sre.ascii_iscased(0x10), _sre.unicode_iscased(0x3a3), _sre.unicode_iscased(0x5d0), _sre.ascii_tolower(65), _sre.unicode_tolower(0x130), _sre.unicode_tolower(-1)))
show(lambda: _sre.ascii_tolower(2**40))
show(lambda: _sre.compile("a", 0, [1, 2**40], 0, {}, ()))
show(lambda: _sre.compile("a", 0, (1,), 0, {}, ()))
show(lambda: _sre.compile("a", 0, [19, 1], 0, {}, ()).match("a"))
show(lambda: _sre.compile("a", 0, [17, 1000, 1], 0, {}, ()).match("a"))
show(lambda: _sre.compile("a", 0, [15, 0], 0, {}, ()).match("a"))
show(lambda: _sre.compile("a", 0, [16], 0, {}, ()).match("a"))
show(lambda: [n for n in dir(re.Pattern) if not n.startswith("_")])
show(lambda: [n for n in dir(re.Match) if not n.startswith("_")])

# expect: ('error', 'missing ), unterminated subpattern at position 1')
# expect: ('error', "bad character in group name '1' at position 4")
# expect: ('error', 'multiple repeat at position 2')
# expect: ('error', 'bad character range z-a at position 1')
# expect: ('error', 'invalid group reference 1 at position 1')
# expect: ('error', 'look-behind requires fixed-width pattern')
# expect: ('error', 'unexpected end of pattern at position 2')
# expect: ('error', 'nothing to repeat at position 0')
# expect: ('error', 'bad escape \\p at position 0')
# expect: ('error', "unknown group name 'x' at position 4")
# expect: ('error', 'min repeat greater than max repeat at position 2')
# expect: ('error', 'missing -, : or ) at position 3')
# expect: ('error', 'bad character range \\d-z at position 1')
# expect: ('error', 'invalid group reference 2 at position 3')
# expect: {}
# expect: 'a\\.b\\*c'
# expect: (0, 2)
# expect: (0, 3)
# expect: (0, 4)
# expect: (0, 3)
# expect: <re.Match object; span=(0, 1), match='S'>
# expect: <re.Match object; span=(0, 1), match='s'>
# expect: None
# expect: <re.Match object; span=(0, 1), match='ᾼ'>
# expect: <re.Match object; span=(0, 1), match='ᾼ'>
# expect: ['s']
# expect: ['١', '٢', '3']
# expect: ['ⅷ', '²']
# expect: ['\x1c', '\x85', '\xa0']
# expect: ['', '', '']
# expect: ['', '']
# expect: ['']
# expect: ['\r', '\x85', '\u2028']
# expect: None
# expect: (20220615, 4, 4294967295, 1073741823, 4, ' SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ')
# expect: ['CODESIZE', 'MAGIC', 'MAXGROUPS', 'MAXREPEAT', 'ascii_iscased', 'ascii_tolower', 'compile', 'copyright', 'getcodesize', 'unicode_iscased', 'unicode_tolower']
# expect: (True, False, True, False, 97, 105, -1)
# expect: ('OverflowError', 'Python int too large to convert to C int')
# expect: ('OverflowError', 'regular expression code size limit exceeded')
# expect: ('TypeError', "compile() argument 'code' must be list, not tuple")
# expect: ('RuntimeError', 'invalid SRE code')
# expect: ('RuntimeError', 'invalid SRE code')
# expect: ('RuntimeError', 'invalid SRE code')
# expect: ('RuntimeError', 'invalid SRE code')
# expect: ['findall', 'finditer', 'flags', 'fullmatch', 'groupindex', 'groups', 'match', 'pattern', 'scanner', 'search', 'split', 'sub', 'subn']
# expect: ['end', 'endpos', 'expand', 'group', 'groupdict', 'groups', 'lastgroup', 'lastindex', 'pos', 're', 'regs', 'span', 'start', 'string']
