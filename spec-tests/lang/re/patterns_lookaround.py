import re
def show(f):
    try:
        r = f()
    except Exception as e:
        r = (type(e).__name__, str(e))
    print(repr(r))
pats = [
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
