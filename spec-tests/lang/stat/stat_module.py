# _stat: the constants, the tests, S_IMODE/S_IFMT and filemode, with the argument checks.
import _stat, stat
print(dir(_stat) == sorted(n for n in dir(_stat)), [n for n in dir(_stat) if not n.startswith('__')])
for n in dir(_stat):
    v = getattr(_stat, n)
    if isinstance(v, int):
        print(n, v)
tests = ['S_ISDIR', 'S_ISCHR', 'S_ISBLK', 'S_ISREG', 'S_ISFIFO', 'S_ISLNK', 'S_ISSOCK', 'S_ISDOOR', 'S_ISPORT', 'S_ISWHT']
for m in [0o100644, 0o40755, 0o120777, 0o60660, 0o20620, 0o10600, 0o140755, 0o777, 0o4755, 0o2755, 0o1777, 0o6644, 0o1666, 0, 0o170000, 0o7777, 2**32 - 1]:
    print(oct(m), _stat.filemode(m), _stat.S_IMODE(m), _stat.S_IFMT(m), [t for t in tests if getattr(_stat, t)(m)])
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
for bad in [-1, 2**32, 2**64 - 1, 2**64, 2**70, 1.0, "a", None]:
    t(_stat.filemode, bad)
    t(_stat.S_ISDOOR, bad)
t(_stat.filemode, True)
class I:
    def __index__(self): return 5
t(_stat.filemode, I())
t(_stat.S_ISDIR)
t(_stat.S_ISDIR, 1, 2)
t(_stat.S_ISDIR, m=1)
t(_stat.S_IMODE, -5)
t(_stat.S_IFMT, 2**33)
t(_stat.filemode)
print(_stat.S_IMODE(0o107777), type(_stat.S_IMODE(True)), _stat.S_IFMT(True))
print(stat.filemode is _stat.filemode, stat.S_ISDIR is _stat.S_ISDIR, stat.S_IMODE is _stat.S_IMODE)
t(stat.filemode, 0o777)
t(stat.filemode, 0o100777)
print(stat.S_ISDIR(stat.S_IFDIR | 0o755), stat.filemode(stat.S_IFLNK | 0o777))

# expect: True ['SF_APPEND', 'SF_ARCHIVED', 'SF_IMMUTABLE', 'SF_NOUNLINK', 'SF_SNAPSHOT', 'ST_ATIME', 'ST_CTIME', 'ST_DEV', 'ST_GID', 'ST_INO', 'ST_MODE', 'ST_MTIME', 'ST_NLINK', 'ST_SIZE', 'ST_UID', 'S_ENFMT', 'S_IEXEC', 'S_IFBLK', 'S_IFCHR', 'S_IFDIR', 'S_IFDOOR', 'S_IFIFO', 'S_IFLNK', 'S_IFMT', 'S_IFPORT', 'S_IFREG', 'S_IFSOCK', 'S_IFWHT', 'S_IMODE', 'S_IREAD', 'S_IRGRP', 'S_IROTH', 'S_IRUSR', 'S_IRWXG', 'S_IRWXO', 'S_IRWXU', 'S_ISBLK', 'S_ISCHR', 'S_ISDIR', 'S_ISDOOR', 'S_ISFIFO', 'S_ISGID', 'S_ISLNK', 'S_ISPORT', 'S_ISREG', 'S_ISSOCK', 'S_ISUID', 'S_ISVTX', 'S_ISWHT', 'S_IWGRP', 'S_IWOTH', 'S_IWRITE', 'S_IWUSR', 'S_IXGRP', 'S_IXOTH', 'S_IXUSR', 'UF_APPEND', 'UF_COMPRESSED', 'UF_HIDDEN', 'UF_IMMUTABLE', 'UF_NODUMP', 'UF_NOUNLINK', 'UF_OPAQUE', 'filemode']
# expect: SF_APPEND 262144
# expect: SF_ARCHIVED 65536
# expect: SF_IMMUTABLE 131072
# expect: SF_NOUNLINK 1048576
# expect: SF_SNAPSHOT 2097152
# expect: ST_ATIME 7
# expect: ST_CTIME 9
# expect: ST_DEV 2
# expect: ST_GID 5
# expect: ST_INO 1
# expect: ST_MODE 0
# expect: ST_MTIME 8
# expect: ST_NLINK 3
# expect: ST_SIZE 6
# expect: ST_UID 4
# expect: S_ENFMT 1024
# expect: S_IEXEC 64
# expect: S_IFBLK 24576
# expect: S_IFCHR 8192
# expect: S_IFDIR 16384
# expect: S_IFDOOR 0
# expect: S_IFIFO 4096
# expect: S_IFLNK 40960
# expect: S_IFPORT 0
# expect: S_IFREG 32768
# expect: S_IFSOCK 49152
# expect: S_IFWHT 0
# expect: S_IREAD 256
# expect: S_IRGRP 32
# expect: S_IROTH 4
# expect: S_IRUSR 256
# expect: S_IRWXG 56
# expect: S_IRWXO 7
# expect: S_IRWXU 448
# expect: S_ISGID 1024
# expect: S_ISUID 2048
# expect: S_ISVTX 512
# expect: S_IWGRP 16
# expect: S_IWOTH 2
# expect: S_IWRITE 128
# expect: S_IWUSR 128
# expect: S_IXGRP 8
# expect: S_IXOTH 1
# expect: S_IXUSR 64
# expect: UF_APPEND 4
# expect: UF_COMPRESSED 32
# expect: UF_HIDDEN 32768
# expect: UF_IMMUTABLE 2
# expect: UF_NODUMP 1
# expect: UF_NOUNLINK 16
# expect: UF_OPAQUE 8
# expect: 0o100644 -rw-r--r-- 420 32768 ['S_ISREG']
# expect: 0o40755 drwxr-xr-x 493 16384 ['S_ISDIR']
# expect: 0o120777 lrwxrwxrwx 511 40960 ['S_ISLNK']
# expect: 0o60660 brw-rw---- 432 24576 ['S_ISBLK']
# expect: 0o20620 crw--w---- 400 8192 ['S_ISCHR']
# expect: 0o10600 prw------- 384 4096 ['S_ISFIFO']
# expect: 0o140755 srwxr-xr-x 493 49152 ['S_ISSOCK']
# expect: 0o777 ?rwxrwxrwx 511 0 []
# expect: 0o4755 ?rwsr-xr-x 2541 0 []
# expect: 0o2755 ?rwxr-sr-x 1517 0 []
# expect: 0o1777 ?rwxrwxrwt 1023 0 []
# expect: 0o6644 ?rwSr-Sr-- 3492 0 []
# expect: 0o1666 ?rw-rw-rwT 950 0 []
# expect: 0o0 ?--------- 0 0 []
# expect: 0o170000 ?--------- 0 61440 []
# expect: 0o7777 ?rwsrwsrwt 4095 0 []
# expect: 0o37777777777 ?rwsrwsrwt 4095 61440 []
# expect: OverflowError can't convert negative value to unsigned int
# expect: OverflowError can't convert negative value to unsigned int
# expect: OverflowError mode out of range
# expect: OverflowError mode out of range
# expect: OverflowError mode out of range
# expect: OverflowError mode out of range
# expect: OverflowError Python int too large to convert to C unsigned long
# expect: OverflowError Python int too large to convert to C unsigned long
# expect: OverflowError Python int too large to convert to C unsigned long
# expect: OverflowError Python int too large to convert to C unsigned long
# expect: TypeError an integer is required
# expect: TypeError an integer is required
# expect: TypeError an integer is required
# expect: TypeError an integer is required
# expect: TypeError an integer is required
# expect: TypeError an integer is required
# expect: '?--------x'
# expect: TypeError an integer is required
# expect: TypeError _stat.S_ISDIR() takes exactly one argument (0 given)
# expect: TypeError _stat.S_ISDIR() takes exactly one argument (2 given)
# expect: TypeError _stat.S_ISDIR() takes no keyword arguments
# expect: OverflowError can't convert negative value to unsigned int
# expect: OverflowError mode out of range
# expect: TypeError _stat.filemode() takes exactly one argument (0 given)
# expect: 4095 <class 'int'> 0
# expect: True True True
# expect: '?rwxrwxrwx'
# expect: '-rwxrwxrwx'
# expect: True lrwxrwxrwx
