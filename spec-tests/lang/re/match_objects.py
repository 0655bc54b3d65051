import re, sys
def show(f):
    try:
        r = f()
    except Exception as e:
        r = (type(e).__name__, str(e))
    print(repr(r))
for p in [re.compile("a"), re.compile("a", re.I|re.M|re.S|re.X), re.compile(b"a", re.L), re.compile("a", re.A), re.compile(b"x"), re.compile("x"*300), re.compile("(?u)x")]:
    show(lambda: (repr(p), p.flags, p.groups, p.pattern))
p = re.compile(r"(?P<a>x)(?P<b>y)?(z)")
show(lambda: (p.groupindex, type(p.groupindex).__name__, re.compile("a").groupindex))
show(lambda: p.groupindex["a"])
m = p.search("..xz..")
show(lambda: (m.group(), m.group(0), m.group(1), m.group("a"), m.group(2), m.group(3), m.group("a", 3, "b")))
show(lambda: (m.start(), m.end(), m.span(), m.start("a"), m.end(2), m.span(3)))
show(lambda: (m.groups(), m.groups(0), m.groupdict(), m.groupdict("?"), m.lastindex, m.lastgroup, m.regs))
show(lambda: (m.pos, m.endpos, m.string, m.re is p, m[1], m["b"]))
show(lambda: m.group(4))
show(lambda: m.group(-1))
show(lambda: m.group("zz"))
show(lambda: m.group(1.0))
show(lambda: m.group([1]))
show(lambda: m.start(5))
show(lambda: m.expand(r"<\g<a>|\3|\g<0>>"))
show(lambda: m.expand(r"\9"))
show(lambda: repr(m))
show(lambda: repr(re.match(".*", "x" * 100)))
show(lambda: repr(re.match(b".*", b"x\x00y")))
show(lambda: (m.__copy__() is m, m.__deepcopy__({}) is m, p.__copy__() is p))
show(lambda: (re.Pattern[str], re.Match[bytes]))
show(lambda: (p == re.compile(r"(?P<a>x)(?P<b>y)?(z)"), p != re.compile("x"), hash(p) == hash(re.compile(r"(?P<a>x)(?P<b>y)?(z)"))))
show(lambda: re.compile("a") == re.compile("a", re.I))
show(lambda: re.compile("a") < re.compile("a"))
show(lambda: re.match(r"(a)(?:b)?(c)?", "a").lastindex)
show(lambda: re.match(r"((a)b)", "ab").lastindex)
show(lambda: re.match(r"(?P<x>(?P<y>a)b)", "ab").lastgroup)
show(lambda: re.match(r"a", "a").lastindex)

# expect: ("re.compile('a')", 32, 0, 'a')
# expect: ("re.compile('a', re.IGNORECASE|re.MULTILINE|re.DOTALL|re.VERBOSE)", 122, 0, 'a')
# expect: ("re.compile(b'a', re.LOCALE)", 4, 0, b'a')
# expect: ("re.compile('a', re.ASCII)", 256, 0, 'a')
# expect: ("re.compile(b'x')", 0, 0, b'x')
# expect: ("re.compile('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx)", 32, 0, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')
# expect: ("re.compile('(?u)x')", 32, 0, '(?u)x')
# expect: (mappingproxy({'a': 1, 'b': 2}), 'mappingproxy', {})
# expect: 1
# expect: ('xz', 'xz', 'x', 'x', None, 'z', ('x', 'z', None))
# expect: (2, 4, (2, 4), 2, -1, (3, 4))
# expect: (('x', None, 'z'), ('x', 0, 'z'), {'a': 'x', 'b': None}, {'a': 'x', 'b': '?'}, 3, None, ((2, 4), (2, 3), (-1, -1), (3, 4)))
# expect: (0, 6, '..xz..', True, 'x', None)
# expect: ('IndexError', 'no such group')
# expect: ('IndexError', 'no such group')
# expect: ('IndexError', 'no such group')
# expect: ('IndexError', 'no such group')
# expect: ('TypeError', "unhashable type: 'list'")
# expect: ('IndexError', 'no such group')
# expect: '<x|z|xz>'
# expect: ('error', 'invalid group reference 9 at position 1')
# expect: "<re.Match object; span=(2, 4), match='xz'>"
# expect: "<re.Match object; span=(0, 100), match='xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx>"
# expect: "<re.Match object; span=(0, 3), match=b'x\\x00y'>"
# expect: (True, True, True)
# expect: (re.Pattern[str], re.Match[bytes])
# expect: (True, True, True)
# expect: False
# expect: ('TypeError', "'<' not supported between instances of 're.Pattern' and 're.Pattern'")
# expect: 1
# expect: 1
# expect: 'x'
# expect: None
