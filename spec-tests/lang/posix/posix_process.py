import posix
print(posix.getpid() > 0, posix.getppid() > 0, posix.getpid() != posix.getppid())
print(type(posix.getuid()).__name__, posix.geteuid() == posix.getuid(), posix.getegid() == posix.getgid())
u = posix.uname()
print(type(u).__name__, len(u), u.sysname, u[0] == u.sysname, all(type(x) is str for x in u))
t = posix.times()
print(type(t).__name__, len(t), all(type(x) is float for x in t), t.elapsed == t[4])
print(posix.strerror(2), posix.strerror(13), posix.strerror(9))
b = posix.urandom(16)
print(type(b).__name__, len(b), len(posix.urandom(0)), b != posix.urandom(16))
n = posix.cpu_count()
print(type(n).__name__, n >= 1)
e = posix.environ
print(type(e).__name__, all(type(k) is bytes and type(v) is bytes for k, v in e.items()))
posix.putenv("LYTHON_POSIX_TEST", "1")
posix.putenv(b"LYTHON_POSIX_TEST2", b"2")
posix.unsetenv("LYTHON_POSIX_TEST")
posix.unsetenv(b"LYTHON_POSIX_TEST2")
print(b"LYTHON_POSIX_TEST" in posix.environ)
try:
    posix.get_terminal_size(-1)
except OSError as e:
    print(type(e).__name__, e)
print(posix.device_encoding(-1))
print(posix.WIFEXITED(0), posix.WEXITSTATUS(3 << 8), posix.WIFSIGNALED(9), posix.WTERMSIG(9), posix.WIFSTOPPED(0x137f), posix.WSTOPSIG(0x137f))
posix.kill(posix.getpid(), 0)
try:
    posix.waitpid(-1, posix.WNOHANG)
except ChildProcessError as e:
    print(type(e).__name__, e)
v = posix.statvfs("/")
print(type(v).__name__, len(v), v.f_bsize > 0, v.f_namemax > 0, type(v.f_fsid).__name__)
print(posix.error is OSError, posix.DirEntry, posix.stat_result, posix.DirEntry.__module__)
names = ['O_RDONLY', 'O_WRONLY', 'O_RDWR', 'O_ACCMODE', 'O_APPEND', 'O_CREAT', 'O_EXCL', 'O_TRUNC', 'O_NONBLOCK', 'O_NDELAY', 'O_SYNC', 'O_DSYNC', 'O_RSYNC', 'O_NOCTTY', 'O_CLOEXEC', 'O_DIRECTORY', 'O_NOFOLLOW', 'O_NOATIME', 'O_PATH', 'O_TMPFILE', 'O_ASYNC', 'O_DIRECT', 'SEEK_DATA', 'SEEK_HOLE', 'F_OK', 'R_OK', 'W_OK', 'X_OK', 'WNOHANG', 'WUNTRACED', 'WCONTINUED', 'EX_OK']
print([getattr(posix, n) for n in names])
print(sorted(posix._have_functions) == sorted(set(posix._have_functions)), all(h.startswith("HAVE_") for h in posix._have_functions))

# expect: True True True
# expect: int True True
# expect: uname_result 5 Linux True True
# expect: times_result 5 True True
# expect: No such file or directory Permission denied Bad file descriptor
# expect: bytes 16 0 True
# expect: int True
# expect: dict True
# expect: False
# expect: OSError [Errno 9] Bad file descriptor
# expect: None
# expect: True 3 True 9 True 19
# expect: ChildProcessError [Errno 10] No child processes
# expect: statvfs_result 10 True True int
# expect: True <class 'posix.DirEntry'> <class 'os.stat_result'> posix
# expect: [0, 1, 2, 3, 1024, 64, 128, 512, 2048, 2048, 1052672, 4096, 1052672, 256, 524288, 65536, 131072, 262144, 2097152, 4259840, 8192, 16384, 3, 4, 0, 4, 2, 1, 1, 2, 8, 0]
# expect: True True
