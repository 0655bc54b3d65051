import re
for p, s in [(rb"(?iL)ab[c-e]", b"ABD abd AbE"), (rb"(?iL)[^a]+", b"AaBb\xc4\xe4"), (rb"(?iL)(a)\1", b"aA Aa"),
             (rb"(?L)\w+\b", b"ab_1 \xe9x"), (rb"(?iL)\xc4", b"\xe4\xc4"), (rb"(?iL)[\xc0-\xde]", b"\xe0\xc1"),
             (rb"(?i)(a)\1", b"aA"), (r"(?i)(σ)\1", "σΣ ςσ"), (rb"(?iL)[k]", b"K k")]:
    c = re.compile(p)
    print(c.findall(s), [m.span() for m in c.finditer(s)], c.flags)

# expect: [b'ABD', b'abd', b'AbE'] [(0, 3), (4, 7), (8, 11)] 6
# expect: [b'Bb\xc4\xe4'] [(2, 6)] 6
# expect: [b'a', b'A'] [(0, 2), (3, 5)] 6
# expect: [b'ab_1', b'x'] [(0, 4), (6, 7)] 4
# expect: [b'\xc4'] [(1, 2)] 6
# expect: [b'\xc1'] [(1, 2)] 6
# expect: [b'a'] [(0, 2)] 2
# expect: ['σ'] [(0, 2)] 34
# expect: [b'K', b'k'] [(0, 1), (2, 3)] 6
