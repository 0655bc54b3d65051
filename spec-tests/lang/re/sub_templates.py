import re, sys
def show(f):
    try:
        r = f()
    except Exception as e:
        r = (type(e).__name__, str(e))
    print(repr(r))
show(lambda: re.sub("a", r"\n", "bab"))
show(lambda: re.sub("(a)", r"\2", "bab"))
show(lambda: re.sub("(a)", r"\g<x>", "bab"))
show(lambda: re.sub("a", r"\q", "bab"))
show(lambda: re.sub("(?P<n>a)", r"[\g<n>\g<1>]", "bab"))
show(lambda: re.sub("(a)|b", r"[\1]", "ab"))
show(lambda: re.sub("a", lambda m: 5, "a"))
show(lambda: re.sub("a", "x", "aaa", count=2))
show(lambda: re.sub("a", "x", "aaa", 1))
show(lambda: re.subn("a", "x", "aaa", -1))
show(lambda: re.sub("", "-", ""))
show(lambda: re.sub("x*", "-", "abxd"))
show(lambda: re.sub(r"\b", "|", "ab cd"))
show(lambda: re.compile("a").sub(repl="b", string="aa", count=1))
show(lambda: re.sub("a", b"x", "a"))
show(lambda: re.sub(b"a", bytearray(b"x\\n"), b"a"))
show(lambda: re.compile("a").sub("b"))

# expect: 'b\nb'
# expect: ('error', 'invalid group reference 2 at position 1')
# expect: ('IndexError', "unknown group name 'x'")
# expect: ('error', 'bad escape \\q at position 0')
# expect: 'b[aa]b'
# expect: '[a][]'
# expect: ('TypeError', 'sequence item 0: expected str instance, int found')
# expect: 'xxa'
# expect: 'xaa'
# expect: ('aaa', 0)
# expect: '-'
# expect: '-a-b--d-'
# expect: '|ab| |cd|'
# expect: 'ba'
# expect: ('TypeError', 'sequence item 0: expected str instance, bytes found')
# expect: ('TypeError', "unhashable type: 'bytearray'")
# expect: ('TypeError', "sub() missing required argument 'string' (pos 2)")
