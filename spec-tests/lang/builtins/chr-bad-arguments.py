# chr converts its argument to a C int first: OverflowError beyond 32 bits,
# ValueError outside range(0x110000).
print(repr(chr(0)), chr(0x10ffff) == '\U0010ffff', repr(chr(True)), chr(65))   # expect: '\x00' True '\x01' A
for x in (2**63, -2**63, 2**31, -2**31 - 1, 2**100):
    try:
        chr(x)
    except OverflowError as e:
        print(e)
# expect: Python int too large to convert to C int
# expect: Python int too large to convert to C int
# expect: Python int too large to convert to C int
# expect: Python int too large to convert to C int
# expect: Python int too large to convert to C int
for x in (2**31 - 1, -2**31, -1, 0x110000):
    try:
        chr(x)
    except ValueError as e:
        print(e)
# expect: chr() arg not in range(0x110000)
# expect: chr() arg not in range(0x110000)
# expect: chr() arg not in range(0x110000)
# expect: chr() arg not in range(0x110000)
for call in (lambda: chr(1.0), lambda: chr('a'), lambda: chr(None), lambda: chr(),
             lambda: chr(1, 2), lambda: chr(x=1), lambda: ord(c='a'), lambda: any(iterable=[])):
    try:
        call()
    except TypeError as e:
        print(e)
# expect: 'float' object cannot be interpreted as an integer
# expect: 'str' object cannot be interpreted as an integer
# expect: 'NoneType' object cannot be interpreted as an integer
# expect: chr() takes exactly one argument (0 given)
# expect: chr() takes exactly one argument (2 given)
# expect: chr() takes no keyword arguments
# expect: ord() takes no keyword arguments
# expect: any() takes no keyword arguments
chr(2**63)      # raises: OverflowError: Python int too large to convert to C int
