class Both(KeyError, ValueError):
    pass

try:
    raise Both("b")
except ValueError as e:
    print("as ValueError", repr(e), str(e))   # expect: as ValueError Both('b') 'b'
print([c.__name__ for c in Both.__mro__])   # expect: ['Both', 'KeyError', 'LookupError', 'ValueError', 'Exception', 'BaseException', 'object']

class FileAndKey(KeyError, FileNotFoundError):
    pass

print([c.__name__ for c in FileAndKey.__bases__], isinstance(FileAndKey(), OSError))   # expect: ['KeyError', 'FileNotFoundError'] True
