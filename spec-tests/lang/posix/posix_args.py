import posix
calls = [
    lambda: posix.stat(),
    lambda: posix.stat(".", ".", "."),
    lambda: posix.stat(1, 2),
    lambda: posix.stat(".", foo=1),
    lambda: posix.stat(".", path="."),
    lambda: posix.open("x"),
    lambda: posix.listdir(1, 2),
    lambda: posix.getcwd(1),
    lambda: posix.getpid(1),
    lambda: posix.umask(),
    lambda: posix.close(),
    lambda: posix.close("a"),
    lambda: posix.close(2**40),
    lambda: posix.read(0),
    lambda: posix.read(0, 1, 2),
    lambda: posix.read(fd=0, n=1),
    lambda: posix.write(1, "s"),
    lambda: posix.kill(1),
    lambda: posix.access("x"),
    lambda: posix.symlink("a"),
    lambda: posix.strerror("x"),
    lambda: posix.urandom(-1),
    lambda: posix.stat(".", dir_fd="a"),
    lambda: posix.putenv("a=b", "c"),
    lambda: posix.putenv("a\0b", "c"),
    lambda: posix.putenv(1, "c"),
    lambda: posix.utime(".", times=(1,)),
    lambda: posix.utime(".", times=(1, 2), ns=(1, 2)),
    lambda: posix.utime(".", ns=5),
    lambda: posix._path_normpath(b"a"),
    lambda: posix.WIFEXITED(),
    lambda: posix.fstat(),
    lambda: posix.lseek(0, 0),
    lambda: posix.close(fd=-1),
    lambda: posix.dup(-1),
    lambda: posix.lseek(-1, 0, 0),
    lambda: posix.fstat(-1),
    lambda: posix.get_inheritable(-1),
    lambda: posix.putenv("", "c"),
    lambda: posix.kill(pid=1, signal=0),
    lambda: posix.strerror(code=1),
    lambda: posix.ftruncate(fd=1, length=0),
    lambda: posix.scandir(1.5),
    lambda: posix.fspath(path=b"x"),
    lambda: posix.listdir(path=b"/nonexistent-lython"),
]
for call in calls:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

# expect: TypeError stat() missing required argument 'path' (pos 1)
# expect: TypeError stat() takes exactly 1 positional argument (3 given)
# expect: TypeError stat() takes exactly 1 positional argument (2 given)
# expect: TypeError 'foo' is an invalid keyword argument for stat()
# expect: TypeError argument for stat() given by name ('path') and position (1)
# expect: TypeError open() missing required argument 'flags' (pos 2)
# expect: TypeError listdir() takes at most 1 argument (2 given)
# expect: TypeError posix.getcwd() takes no arguments (1 given)
# expect: TypeError posix.getpid() takes no arguments (1 given)
# expect: TypeError posix.umask() takes exactly one argument (0 given)
# expect: TypeError close() missing required argument 'fd' (pos 1)
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: OverflowError Python int too large to convert to C int
# expect: TypeError read expected 2 arguments, got 1
# expect: TypeError read expected 2 arguments, got 3
# expect: TypeError posix.read() takes no keyword arguments
# expect: TypeError a bytes-like object is required, not 'str'
# expect: TypeError kill() takes exactly 2 arguments (1 given)
# expect: TypeError access() missing required argument 'mode' (pos 2)
# expect: TypeError symlink() missing required argument 'dst' (pos 2)
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: ValueError negative argument not allowed
# expect: TypeError argument should be integer or None, not str
# expect: ValueError illegal environment variable name
# expect: ValueError embedded null byte
# expect: TypeError expected str, bytes or os.PathLike object, not int
# expect: TypeError utime: 'times' must be either a tuple of two ints or None
# expect: ValueError utime: you may specify either 'times' or 'ns' but not both
# expect: TypeError utime: 'ns' must be a tuple of two ints
# expect: TypeError expected 'str', not 'bytes'
# expect: TypeError WIFEXITED() missing required argument 'status' (pos 1)
# expect: TypeError fstat() missing required argument 'fd' (pos 1)
# expect: TypeError lseek expected 3 arguments, got 2
# expect: OSError [Errno 9] Bad file descriptor
# expect: OSError [Errno 9] Bad file descriptor
# expect: OSError [Errno 9] Bad file descriptor
# expect: OSError [Errno 9] Bad file descriptor
# expect: OSError [Errno 9] Bad file descriptor
# expect: OSError [Errno 22] Invalid argument
# expect: TypeError posix.kill() takes no keyword arguments
# expect: TypeError posix.strerror() takes no keyword arguments
# expect: TypeError posix.ftruncate() takes no keyword arguments
# expect: TypeError scandir: path should be string, bytes, os.PathLike, integer or None, not float
# expect: b'x'
# expect: FileNotFoundError [Errno 2] No such file or directory: b'/nonexistent-lython'
