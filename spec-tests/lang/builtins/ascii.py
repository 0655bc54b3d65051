# ascii(obj): repr(obj) with every non-ASCII character escaped.
print(ascii('é'), ascii(['ü', 'x', '\U0001f600', 'ĀA']), ascii(1), ascii(b'\xff'))    # expect: '\xe9' ['\xfc', 'x', '\U0001f600', '\u0100A'] 1 b'\xff'
class R:
    def __repr__(self): return 'ré'
print(ascii(R()))    # expect: r\xe9
try:
    ascii()
except TypeError as e:
    print(e)    # expect: ascii() takes exactly one argument (0 given)
try:
    ascii(1, 2)
except TypeError as e:
    print(e)    # expect: ascii() takes exactly one argument (2 given)
ascii(x=1)    # raises: TypeError: ascii() takes no keyword arguments
