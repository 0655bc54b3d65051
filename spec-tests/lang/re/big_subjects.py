import re, sys
def show(f):
    try:
        r = f()
    except Exception as e:
        r = (type(e).__name__, str(e))
    print(repr(r))
big = "ab" * 50000
show(lambda: len(re.match(r"(?:ab)*", big).group()))
show(lambda: len(re.match(r"(ab)*", big).group()))
show(lambda: len(re.match(r"(?:a|b)*?$", big).group()))
show(lambda: len(re.findall(r"a", big)))
show(lambda: len(re.sub(r"b", "", big)))
show(lambda: re.search(r"(a|b)*c", "ab" * 300))
show(lambda: re.match(r"(x+x+)+y", "x" * 18))
show(lambda: len(re.match(r"(?:(?:a)*)*", "a" * 100000).group()))
show(lambda: re.match(r"(a*)*b", "a" * 20))
show(lambda: len(re.match(r"(?s).*", "x\n" * 100000).group()))
show(lambda: len(re.match(r"(?:a(?=b)|b)+", big).group()))
show(lambda: len(re.match(r"((a)|(b))*", big).group()), )
show(lambda: re.match(r"((a)|(b))*", big).groups())
show(lambda: len(re.match(r"(?:ab)*?$", big).group()))
show(lambda: len(re.match(r"(?>(?:ab)*)", big).group()))
show(lambda: len(re.match(r"(?:ab)*+", big).group()))
show(lambda: re.match("(" * 90 + "a" + ")" * 90, "a").span(90))

# expect: 100000
# expect: 100000
# expect: 100000
# expect: 50000
# expect: 50000
# expect: None
# expect: None
# expect: 100000
# expect: None
# expect: 200000
# expect: 100000
# expect: 100000
# expect: ('b', 'a', 'b')
# expect: 100000
# expect: 100000
# expect: 100000
# expect: (0, 1)
