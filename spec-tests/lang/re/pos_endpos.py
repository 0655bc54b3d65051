import re, sys
def show(f):
    try:
        r = f()
    except Exception as e:
        r = (type(e).__name__, str(e))
    print(repr(r))
q = re.compile(r"\w+")
show(lambda: q.search("ab cd ef", 2, 5).span())
show(lambda: q.match("ab cd", 3).span())
show(lambda: q.fullmatch("ab cd", 3).span())
show(lambda: q.fullmatch("ab cd", 3, 4).span())
show(lambda: q.findall("ab cd ef", 1, -1))
show(lambda: q.findall("ab cd ef", pos=4))
show(lambda: [x.span() for x in q.finditer("ab cd ef", 1, 7)])
show(lambda: q.search("abc", -10, 100).span())
show(lambda: (q.search("abc", 2, 1)))
show(lambda: re.compile("$").search("abc", 1, 2).span())
show(lambda: re.compile("^").search("abc", 1))
show(lambda: q.match("ab", pos=True))
show(lambda: q.match("ab", "1"))
show(lambda: q.match("ab", 2**70))
show(lambda: q.match())
show(lambda: q.match("a", 1, 2, 3))
show(lambda: q.match("a", bogus=1))
show(lambda: q.match("a", string="b"))
show(lambda: q.search(string="xx ab").span())

# expect: (3, 5)
# expect: (3, 5)
# expect: (3, 5)
# expect: (3, 4)
# expect: []
# expect: ['d', 'ef']
# expect: [(1, 2), (3, 5), (6, 7)]
# expect: (0, 3)
# expect: None
# expect: (2, 2)
# expect: None
# expect: <re.Match object; span=(1, 2), match='b'>
# expect: ('TypeError', "'str' object cannot be interpreted as an integer")
# expect: ('OverflowError', 'Python int too large to convert to C ssize_t')
# expect: ('TypeError', "match() missing required argument 'string' (pos 1)")
# expect: ('TypeError', 'match() takes at most 3 arguments (4 given)')
# expect: ('TypeError', "'bogus' is an invalid keyword argument for match()")
# expect: ('TypeError', "argument for match() given by name ('string') and position (1)")
# expect: (0, 2)
