# OSError(errno, strerror) is the subclass the error number calls for,
# only when the class called is OSError itself.
print(type(OSError(2, 'x')).__name__)          # expect: FileNotFoundError
print(type(OSError(13, 'x')).__name__)         # expect: PermissionError
print(type(OSError(1, 'x')).__name__)          # expect: PermissionError
print(type(OSError(32, 'x')).__name__)         # expect: BrokenPipeError
print(type(OSError(17, 'x')).__name__)         # expect: FileExistsError
print(type(OSError(11, 'x')).__name__)         # expect: BlockingIOError
print(type(OSError(True, 'x')).__name__)       # expect: PermissionError
print(type(OSError(2)).__name__)               # expect: OSError
print(type(OSError(2.0, 'x')).__name__)        # expect: OSError
print(type(OSError(2, 'x', 'f', 3, 'g', 6)).__name__)   # expect: OSError
print(type(FileExistsError(2, 'x')).__name__)  # expect: FileExistsError
class Mine(OSError):
    pass
print(type(Mine(2, 'x')).__name__)             # expect: Mine
try:
    raise OSError(2, 'No such file or directory', 'missing.txt')
except FileNotFoundError as e:
    print(e)                                   # expect: [Errno 2] No such file or directory: 'missing.txt'
OSError(2, 'x', k=1)   # raises: TypeError: OSError() takes no keyword arguments
