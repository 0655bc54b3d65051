import re, sys
def show(f):
    try:
        r = f()
    except Exception as e:
        r = (type(e).__name__, str(e))
    print(repr(r))
show(lambda: re.findall(rb"\w+", b"ab \xe9cd"))
show(lambda: re.findall(rb"(?i)[a-z]+", b"AbC \xc9"))
show(lambda: re.findall(rb"(?L)\w+", b"ab_1 c"))
show(lambda: re.sub(rb"(\d)", rb"[\1]", b"a1b2"))
show(lambda: re.split(rb"\s", bytearray(b"a b")))
show(lambda: re.match(rb"\d+", memoryview(b"123x")).group())
show(lambda: re.compile(rb"x").search(b"axb").span())
show(lambda: re.match(b"a", "a"))
show(lambda: re.match("a", b"a"))
show(lambda: re.match("a", 5))
show(lambda: re.match("a", None))

# expect: [b'ab', b'cd']
# expect: [b'AbC']
# expect: [b'ab_1', b'c']
# expect: b'a[1]b[2]'
# expect: [b'a', b'b']
# expect: b'123'
# expect: (1, 2)
# expect: ('TypeError', 'cannot use a bytes pattern on a string-like object')
# expect: ('TypeError', 'cannot use a string pattern on a bytes-like object')
# expect: ('TypeError', "expected string or bytes-like object, got 'int'")
# expect: ('TypeError', "expected string or bytes-like object, got 'NoneType'")
