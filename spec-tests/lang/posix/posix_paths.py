import posix
base = "/tmp/lython-posix-case-paths-" + str(posix.getpid())
posix.mkdir(base)
class P:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p
print(posix.fspath("a"), posix.fspath(b"b"), posix.fspath(P("c")), posix.fspath(P(b"d")))
for bad in [1, None, P(3), [1]]:
    try:
        posix.fspath(bad)
    except TypeError as e:
        print("TypeError", e)
st = posix.stat(P(base))
print(st.st_mode & 0o170000 == 0o040000, posix.stat(base.encode()).st_ino == st.st_ino)
for f, arg in [(posix.stat, []), (posix.stat, None), (posix.stat, 1.5), (posix.lstat, 3), (posix.listdir, 1.5), (posix.mkdir, 3), (posix.unlink, [])]:
    try:
        f(arg)
    except TypeError as e:
        print("TypeError", e)
for f, arg in [(posix.stat, "a\0b"), (posix.stat, b"a\0b")]:
    try:
        f(arg)
    except ValueError as e:
        print("ValueError", e)
missing = base + "/missing"
for name in ["stat", "lstat", "rmdir", "unlink", "remove", "listdir", "scandir", "readlink", "chdir"]:
    try:
        getattr(posix, name)(missing)
    except FileNotFoundError as e:
        print(name, type(e).__name__, e.errno, e.strerror, e.filename == missing, e.filename2, e.args)
try:
    posix.stat(P(missing))
except FileNotFoundError as e:
    print(type(e.filename).__name__)
try:
    posix.stat(missing.encode())
except FileNotFoundError as e:
    print(type(e.filename).__name__)
try:
    posix.mkdir(base)
except FileExistsError as e:
    print("FileExistsError", e.errno, e.strerror)
try:
    posix.rmdir(base + "/../" + base.rsplit("/", 1)[1] + "/.")
except OSError as e:
    print(type(e).__name__, e.errno)
f = base + "/file"
posix.close(posix.open(f, posix.O_CREAT | posix.O_WRONLY))
try:
    posix.listdir(f)
except NotADirectoryError as e:
    print("NotADirectoryError", e.errno)
try:
    posix.rmdir(f)
except NotADirectoryError as e:
    print("NotADirectoryError", e.errno)
try:
    posix.unlink(base)
except IsADirectoryError as e:
    print("IsADirectoryError", e.errno)
try:
    posix.readlink(f)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
cwd = posix.getcwd()
posix.chdir(base)
print(posix.getcwd() == base, posix.getcwdb() == base.encode(), posix.listdir(), posix.listdir(None), posix.listdir(b"."))
print(sorted(e.path for e in posix.scandir()), [e.path for e in posix.scandir(".")], [e.path for e in posix.scandir(b".")])
print([e.name for e in posix.scandir(base + "/")][0], [e.path == base + "/file" for e in posix.scandir(base + "/")])
dfd = posix.open(".", posix.O_RDONLY)
print(posix.listdir(dfd), [(e.name, e.path) for e in posix.scandir(dfd)])
posix.close(dfd)
try:
    posix.listdir(0 if not posix.isatty(0) else posix.open("/dev/null", 0))
except NotADirectoryError as e:
    print(type(e).__name__, e.errno, type(e.filename).__name__)
posix.chdir(cwd)
print(posix.getcwd() == cwd)
posix.unlink(f)
posix.rmdir(base)
print(posix.access(base, posix.F_OK))

# expect: a b'b' c b'd'
# expect: TypeError expected str, bytes or os.PathLike object, not int
# expect: TypeError expected str, bytes or os.PathLike object, not NoneType
# expect: TypeError expected P.__fspath__() to return str or bytes, not int
# expect: TypeError expected str, bytes or os.PathLike object, not list
# expect: True True
# expect: TypeError stat: path should be string, bytes, os.PathLike or integer, not list
# expect: TypeError stat: path should be string, bytes, os.PathLike or integer, not NoneType
# expect: TypeError stat: path should be string, bytes, os.PathLike or integer, not float
# expect: TypeError lstat: path should be string, bytes or os.PathLike, not int
# expect: TypeError listdir: path should be string, bytes, os.PathLike, integer or None, not float
# expect: TypeError mkdir: path should be string, bytes or os.PathLike, not int
# expect: TypeError unlink: path should be string, bytes or os.PathLike, not list
# expect: ValueError embedded null byte
# expect: ValueError stat: embedded null character in path
# expect: stat FileNotFoundError 2 No such file or directory True None (2, 'No such file or directory')
# expect: lstat FileNotFoundError 2 No such file or directory True None (2, 'No such file or directory')
# expect: rmdir FileNotFoundError 2 No such file or directory True None (2, 'No such file or directory')
# expect: unlink FileNotFoundError 2 No such file or directory True None (2, 'No such file or directory')
# expect: remove FileNotFoundError 2 No such file or directory True None (2, 'No such file or directory')
# expect: listdir FileNotFoundError 2 No such file or directory True None (2, 'No such file or directory')
# expect: scandir FileNotFoundError 2 No such file or directory True None (2, 'No such file or directory')
# expect: readlink FileNotFoundError 2 No such file or directory True None (2, 'No such file or directory')
# expect: chdir FileNotFoundError 2 No such file or directory True None (2, 'No such file or directory')
# expect: str
# expect: bytes
# expect: FileExistsError 17 File exists
# expect: OSError 22
# expect: NotADirectoryError 20
# expect: NotADirectoryError 20
# expect: IsADirectoryError 21
# expect: OSError 22 Invalid argument
# expect: True True ['file'] ['file'] [b'file']
# expect: ['./file'] ['./file'] [b'./file']
# expect: file [True]
# expect: ['file'] [('file', 'file')]
# expect: NotADirectoryError 20 int
# expect: True
# expect: False
