import re
b = bytearray(b"abc")
m = re.match(b"(a)b", b)
b[0] = ord("x")
print(m.group(), m[1], m.string)
class S(str):
    pass
m = re.match("a", S("ab"))
print(type(m.group()).__name__, type(m.string).__name__)
print(re.sub(b"a", b"x", bytearray(b"abc")), re.sub(b"z", b"x", bytearray(b"abc")))
print(re.split(b"b", memoryview(b"abc")), re.findall(b".", bytearray(b"ab")))
print(re.match("\ud800", "\ud800x").group() == "\ud800", re.findall("[\ud800-\udfff]", "a\udc00b"))
print(re.fullmatch(r"\w+", "a" * 100000) is not None)
print(len(re.findall(r"\b\w", "ab " * 30000)))
print(re.sub(r"(?<=a)", "-", "aaa"), re.sub(r"(?=a)", "-", "aaa"))
try:
    re.compile(r"(?<=a|bc)x")
except re.error as e:
    print(e)
print(re.search(r"(?<=a|b)x", "bx").span())

# expect: b'xb' b'x' bytearray(b'xbc')
# expect: str S
# expect: b'xbc' b'abc'
# expect: [b'a', b'c'] [b'a', b'b']
# expect: True ['\udc00']
# expect: True
# expect: 30000
# expect: a-a-a- -a-a-a
# expect: look-behind requires fixed-width pattern
# expect: (1, 2)
