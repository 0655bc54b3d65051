import re, sys
def show(f):
    try:
        r = f()
    except Exception as e:
        r = (type(e).__name__, str(e))
    print(repr(r))
s = re.compile(r"\d|x").scanner("1x2")
show(lambda: (type(s).__name__, s.pattern.pattern, s.match().group(), s.match().group(), s.match().group(), s.match(), s.match()))
s2 = re.compile(r"a*").scanner("baa")
show(lambda: [s2.search().span() for _ in range(3)] + [s2.search()])
show(lambda: s.match(1))
sc = re.Scanner([(r"\d+", lambda s, t: int(t)), (r"\s+", None), (r"[a-z]+", lambda s, t: t.upper())])
show(lambda: sc.scan("12 ab 3 !"))

# expect: ('SRE_Scanner', '\\d|x', '1', 'x', '2', None, None)
# expect: [(0, 0), (1, 3), (3, 3), None]
# expect: ('TypeError', 'match() takes no arguments')
# expect: ([12, 'AB', 3], '!')
