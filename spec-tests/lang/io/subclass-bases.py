import _io
class IOBase(_io._IOBase):
    pass
class RawIOBase(_io._RawIOBase, IOBase):
    pass
class BufferedIOBase(_io._BufferedIOBase, IOBase):
    pass
class FileIO(_io.FileIO, RawIOBase):
    pass
print([c.__name__ for c in FileIO.__mro__])
class Counter(RawIOBase):
    def __init__(self, n):
        self.n = n
    def readable(self):
        return True
    def readinto(self, b):
        k = min(len(b), self.n)
        b[:k] = b'x' * k
        self.n -= k
        return k
c = Counter(5)
print(c.read(2), c.read(), c.read())
r = _io.BufferedReader(Counter(10), 4)
print(r.read(6), r.read1(10), r.read())
print(list(_io.BufferedReader(Counter(3))))
class Lines(IOBase):
    def __init__(self):
        self.lines = ['a\n', 'b\n']
    def readline(self):
        return self.lines.pop(0) if self.lines else ''
with Lines() as l:
    print(list(l), l.closed)
print(l.closed)
try:
    iter(l)
except ValueError as e:
    print(e)
try:
    IOBase().seek(0)
except _io.UnsupportedOperation as e:
    print('unsupported', e)
print(_io._IOBase.__module__, _io._IOBase.__name__, _io.TextIOWrapper)

# expect: ['FileIO', 'FileIO', 'RawIOBase', '_RawIOBase', 'IOBase', '_IOBase', 'object']
# expect: b'xx' b'xxx' b''
# expect: b'xxxxxx' b'xx' b'xx'
# expect: [b'xxx']
# expect: ['a\n', 'b\n'] False
# expect: True
# expect: I/O operation on closed file.
# expect: unsupported seek
# expect: _io _IOBase <class '_io.TextIOWrapper'>
