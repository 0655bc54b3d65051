# bytes % args (PEP 461): results and CPython's error messages.
def attempt(fmt, args):
    try:
        return fmt % args
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(attempt(b"%05s|%-5s|%.1s|%.0s|", (b"a", b"b", b"xyz", b"q")))  # expect: b'    a|b    |x||'
print(attempt(b"%5r|%-6a|%5.3a", (1, "\u00e9", "abcdef")))  # expect: b"    1|'\\xe9'|  'ab"
print(attempt(b"%05c|%-3c|%c", (65, b"b", True)))  # expect: b'    A|b  |\x01'
print(attempt(b"%#x %#o %+d % d %05d %-5d|", (255, 8, 3, 4, -5, 6)))  # expect: b'0xff 0o10 +3  4 -0005 6    |'
print(attempt(b"%#X %#08x %.5d %+.3x %x %#o", (255, 255, -3, 10, -255, -8)))  # expect: b'0XFF 0x0000ff -00003 +00a -ff -0o10'
print(attempt(b"%e %E %g %G %#g %F %10.3f|%-10.2e|", (1.5, 1.5, 1e-5, 1e20, 1.0, float("inf"), 3.14159, 2.5)))  # expect: b'1.500000e+00 1.500000E+00 1e-05 1E+20 1.00000 INF      3.142|2.50e+00  |'
print(attempt(b"%d %i %u %d %ld %hd", (2.7, True, False, 10**30, 1, 2)))  # expect: b'2 1 0 1000000000000000000000000000000 1 2'
print(attempt(b"%*d|%-*d|%.*f|%*d", (4, 1, 4, 2, 1, 3.14159, -3, 7)))  # expect: b'   1|2   |3.1|7  '
print(attempt(b"%(a)s%%%(b)d", {b"a": b"x", b"b": 1.5}))  # expect: b'x%1'
print(attempt(b"abc", [1]), attempt(b"abc", {}), attempt(b"abc", ()))  # expect: b'abc' b'abc' b'abc'
print(attempt(b"x%s", b"\xff\x00"))  # expect: b'x\xff\x00'
print(attempt(b"%s", 1))  # expect: TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'int'
print(attempt(b"%b", None))  # expect: TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'NoneType'
print(attempt(b"%c", -1))  # expect: OverflowError: %c arg not in range(256)
print(attempt(b"%c", 2**70))  # expect: OverflowError: %c arg not in range(256)
print(attempt(b"%c", b"ab"))  # expect: TypeError: %c requires an integer in range(256) or a single byte
print(attempt(b"%c", 1.5))  # expect: TypeError: %c requires an integer in range(256) or a single byte
print(attempt(b"%e", 10**400))  # expect: TypeError: float argument required, not int
print(attempt(b"%d", "x"))  # expect: TypeError: %d format: a real number is required, not str
print(attempt(b"%x", 1.5))  # expect: TypeError: %x format: an integer is required, not float
print(attempt(b"%d", float("nan")))  # expect: ValueError: cannot convert float NaN to integer
print(attempt(b"%\x01", 1) == "ValueError: unsupported format character '\x01' (0x1) at index 1")  # expect: True
print(attempt(b"%\xe9", 1))  # expect: OverflowError: character argument not in range(0x110000)
print(attempt(b"%5%", 1))  # expect: ValueError: unsupported format character '%' (0x25) at index 2
print(attempt(b"%", 1))  # expect: ValueError: incomplete format
print(attempt(b"%(a", {}))  # expect: ValueError: incomplete format key
print(attempt(b"%(a)s", 1))  # expect: TypeError: format requires a mapping
print(attempt(b"%(a)s", [1]))  # expect: TypeError: list indices must be integers or slices, not bytes
print(attempt(b"%s %(a)s", {b"a": b"x"}))  # expect: TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'dict'
print(attempt(b"%*d", ("a", 1)))  # expect: TypeError: * wants int
print(attempt(b"%99999999999999999999d", 1))  # expect: ValueError: width too big
print(attempt(b"%*d", (2**70, 1)))  # expect: OverflowError: Python int too large to convert to C ssize_t
print(attempt(b"%.*d", (2**40, 1)))  # expect: OverflowError: Python int too large to convert to C int
print(attempt(b"%d %d", 1))  # expect: TypeError: not enough arguments for format string
print(attempt(b"%d", (1, 2)))  # expect: TypeError: not all arguments converted during bytes formatting
print(attempt(b"abc", "x"))  # expect: TypeError: not all arguments converted during bytes formatting
print(attempt(5, b"x"))  # expect: TypeError: unsupported operand type(s) for %: 'int' and 'bytes'
x = b"\t x \n"
x %= {}
print(x)  # expect: b'\t x \n'
y = [1]
y %= b"x"  # raises: TypeError: unsupported operand type(s) for %=: 'list' and 'bytes'
