import re, sys
p = re.compile("a(b)c")
m = p.match("abc")
print(sys.getsizeof(p), sys.getsizeof(m), sys.getsizeof(p.scanner("")))
print(sys.getsizeof(re.compile("abc" * 10)), sys.getsizeof(re.match("(a)(b)(c)", "abc")))

# expect: 208 136 256
# expect: 624 168
