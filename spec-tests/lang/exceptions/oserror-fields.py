# OSError's fields: a file name takes args down to (errno, strerror);
# BlockingIOError's third argument may be characters_written.
e = OSError(2, 'x', 'f', None, 'g')
print(e.errno, e.strerror, e.filename, e.filename2, e.args)   # expect: 2 x f g (2, 'x')
print(OSError(2, 'x', None).args, OSError(2, 'x', None).filename)   # expect: (2, 'x', None) None
print(OSError(2, 'x', None, None, 'g').filename2)   # expect: None
print(hasattr(OSError(1, 'x'), 'winerror'))         # expect: False
b = BlockingIOError(11, 'x', 5)
print(b.characters_written, b.filename, b.args, b)  # expect: 5 None (11, 'x', 5) [Errno 11] x
b.characters_written = 7
print(b.characters_written)                         # expect: 7
e = OSError(1, 'x')
e.errno = 'q'
e.filename = None
print(e.errno, e)                                   # expect: q [Errno q] x: None
del e.errno
print(e.errno, e.__dict__)                          # expect: None {}
print(OSError(None, None), OSError(1), repr(OSError()))   # expect: [Errno None] None 1 OSError()
class F(OSError):
    def __init__(self, *a):
        super().__init__(*a)
f = F(2, 'x', 'f')
print(type(f).__name__, f.args, f.filename)         # expect: F (2, 'x') f
try:
    b.characters_written = 'a'
except TypeError as err:
    print(err)                                      # expect: 'str' object cannot be interpreted as an integer
print(BlockingIOError(11, 'x', True).characters_written)   # expect: 1
BlockingIOError(11, 'x', 2.5)   # raises: TypeError: 'float' object cannot be interpreted as an integer
