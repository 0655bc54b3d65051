import re, sys
def show(f):
    try:
        r = f()
    except Exception as e:
        r = (type(e).__name__, str(e))
    print(repr(r))
show(lambda: re.split(r"(?:x)|(y)", "axbyc"))
show(lambda: re.split(r"\b", "ab cd"))
show(lambda: re.split("", "abc"))
show(lambda: re.split("x", "axbxc", 1))
show(lambda: re.split("x", "axbxc", maxsplit=-1))
show(lambda: re.findall(r"(a)(b)?", "ab a"))
show(lambda: re.findall(r"(a)|b", "ab"))
show(lambda: re.findall(r"", "ab"))

# expect: ['a', None, 'b', 'y', 'c']
# expect: ['', 'ab', ' ', 'cd', '']
# expect: ['', 'a', 'b', 'c', '']
# expect: ['a', 'bxc']
# expect: ['axbxc']
# expect: [('a', 'b'), ('a', '')]
# expect: ['a', '']
# expect: ['', '', '']
