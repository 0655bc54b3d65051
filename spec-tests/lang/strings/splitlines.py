# str.splitlines: every line boundary CPython knows, \r\n as one, and keepends.
breaks = ["\n", "\r", "\r\n", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
for b in breaks:
    text = "a" + b + "b" + b
    print(repr(b), text.splitlines(), text.splitlines(True), text.splitlines(keepends=False))
not_breaks = ["\x1f", "\t", "\u200b", "\xa0", "\n\r"]
for b in not_breaks:
    print(repr(b), ("x" + b + "y").splitlines())
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(True), "\r\r\n".splitlines(True))
print("a\r\nb".splitlines(2), "no break".splitlines(0))
print("x".splitlines(None))  # raises: TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: '\n' ['a', 'b'] ['a\n', 'b\n'] ['a', 'b']
# expect: '\r' ['a', 'b'] ['a\r', 'b\r'] ['a', 'b']
# expect: '\r\n' ['a', 'b'] ['a\r\n', 'b\r\n'] ['a', 'b']
# expect: '\x0b' ['a', 'b'] ['a\x0b', 'b\x0b'] ['a', 'b']
# expect: '\x0c' ['a', 'b'] ['a\x0c', 'b\x0c'] ['a', 'b']
# expect: '\x1c' ['a', 'b'] ['a\x1c', 'b\x1c'] ['a', 'b']
# expect: '\x1d' ['a', 'b'] ['a\x1d', 'b\x1d'] ['a', 'b']
# expect: '\x1e' ['a', 'b'] ['a\x1e', 'b\x1e'] ['a', 'b']
# expect: '\x85' ['a', 'b'] ['a\x85', 'b\x85'] ['a', 'b']
# expect: '\u2028' ['a', 'b'] ['a\u2028', 'b\u2028'] ['a', 'b']
# expect: '\u2029' ['a', 'b'] ['a\u2029', 'b\u2029'] ['a', 'b']
# expect: '\x1f' ['x\x1fy']
# expect: '\t' ['x\ty']
# expect: '\u200b' ['x\u200by']
# expect: '\xa0' ['x\xa0y']
# expect: '\n\r' ['x', '', 'y']
# expect: [] [''] ['\n', '\n'] ['\r', '\r\n']
# expect: ['a\r\n', 'b'] ['no break']
