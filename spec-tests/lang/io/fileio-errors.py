import _io
base = '/tmp/lython-io-%x-' % id(object())
try:
    _io.FileIO(base + 'missing')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename == base + 'missing', e.strerror)
for args in [('rw',), ('q',), ('',), ('rr',)]:
    try:
        _io.FileIO(base + 'x', *args)
    except ValueError as e:
        print('ValueError', e)
try:
    _io.FileIO(base + 'x', 'w', closefd=False)
except ValueError as e:
    print(e)
try:
    _io.FileIO(-3)
except ValueError as e:
    print(e)
f = _io.FileIO(base + 'x', 'w')
print(f.readable(), f.writable(), f.seekable(), f.isatty())
try:
    f.read()
except _io.UnsupportedOperation as e:
    print(type(e).__mro__[1:3], e)
f.close()
f.close()
for op in [f.read, f.fileno, f.readable, f.tell]:
    try:
        op()
    except ValueError as e:
        print(e)
print(issubclass(_io.UnsupportedOperation, OSError), issubclass(_io.UnsupportedOperation, ValueError))
print(_io.FileIO.__mro__)
print(_io.DEFAULT_BUFFER_SIZE, _io.BlockingIOError is BlockingIOError)
try:
    _io.FileIO('/tmp')
except IsADirectoryError as e:
    print(e)

# expect: FileNotFoundError 2 True No such file or directory
# expect: ValueError Must have exactly one of create/read/write/append mode and at most one plus
# expect: ValueError invalid mode: q
# expect: ValueError Must have exactly one of create/read/write/append mode and at most one plus
# expect: ValueError Must have exactly one of create/read/write/append mode and at most one plus
# expect: Cannot use closefd=False with file name
# expect: negative file descriptor
# expect: False True True False
# expect: (<class 'OSError'>, <class 'ValueError'>) File not open for reading
# expect: I/O operation on closed file
# expect: I/O operation on closed file
# expect: I/O operation on closed file
# expect: I/O operation on closed file
# expect: True True
# expect: (<class '_io.FileIO'>, <class '_io._RawIOBase'>, <class '_io._IOBase'>, <class 'object'>)
# expect: 8192 True
# expect: [Errno 21] Is a directory: '/tmp'
