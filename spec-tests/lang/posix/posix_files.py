import posix
base = "/tmp/lython-posix-case-files-" + str(posix.getpid())
posix.mkdir(base, 0o700)
print(oct(posix.stat(base).st_mode & 0o777))
f = base + "/data"
fd = posix.open(f, posix.O_RDWR | posix.O_CREAT | posix.O_EXCL, 0o600)
print(posix.get_inheritable(fd), posix.isatty(fd), posix.get_blocking(fd))
print(posix.write(fd, b"hello world"), posix.write(fd, bytearray(b"!")), posix.write(fd, memoryview(b"?")))
print(posix.lseek(fd, 0, 0), posix.read(fd, 5), posix.lseek(fd, 0, 1), posix.lseek(fd, -2, 2), posix.read(fd, 100), posix.read(fd, 100))
st = posix.fstat(fd)
print(st.st_size, st[6], st.st_nlink, st.st_blksize > 0, st.st_blocks >= 0, st.st_rdev, type(st.st_mtime_ns).__name__)
print(st.st_uid == posix.getuid(), st.st_gid == posix.getgid(), st == posix.stat(f), st.st_ino == posix.lstat(f).st_ino)
print(abs(st.st_mtime - st.st_mtime_ns / 1e9) < 1e-6, st[8] == st.st_mtime_ns // 10**9)
posix.ftruncate(fd, 3)
print(posix.fstat(fd).st_size)
d = posix.dup(fd)
print(d != fd, posix.get_inheritable(d), posix.lseek(d, 0, 0), posix.read(fd, 10))
d2 = posix.dup2(fd, d + 1)
print(d2 == d + 1, posix.get_inheritable(d2))
d3 = posix.dup2(fd, d + 2, inheritable=False)
print(posix.get_inheritable(d3))
posix.set_blocking(d3, False)
print(posix.get_blocking(d3), posix.get_blocking(fd))
posix.set_blocking(d3, True)
posix.closerange(d, d + 3)
for x in [d, d2, d3]:
    try:
        posix.close(x)
    except OSError as e:
        print(type(e).__name__, e)
posix.fsync(fd)
posix.close(fd)
try:
    posix.open(f, posix.O_CREAT | posix.O_EXCL | posix.O_WRONLY)
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.filename == f)
fd = posix.open(f, posix.O_WRONLY | posix.O_APPEND)
posix.write(fd, b"xyz")
posix.close(fd)
posix.truncate(f, 5)
print(posix.stat(f).st_size)
posix.link(f, base + "/hard")
print(posix.stat(f).st_nlink, posix.stat(base + "/hard").st_ino == posix.stat(f).st_ino)
posix.symlink("data", base + "/soft")
print(posix.readlink(base + "/soft"), posix.readlink((base + "/soft").encode()))
print(posix.stat(base + "/soft").st_ino == posix.stat(f).st_ino, posix.lstat(base + "/soft").st_ino != posix.stat(f).st_ino)
print(posix.stat(base + "/soft", follow_symlinks=False) == posix.lstat(base + "/soft"))
posix.replace(base + "/hard", base + "/hard2")
print(sorted(posix.listdir(base)))
posix.chmod(f, 0o444)
print(oct(posix.stat(f).st_mode & 0o777), posix.access(f, posix.R_OK), posix.access(f, posix.X_OK))
posix.utime(f, (1000000000, 1500000000.25))
st = posix.stat(f)
print(st.st_atime, st.st_mtime, st.st_mtime_ns, st[7], st[8])
posix.utime(f)
print(posix.stat(f).st_mtime > 1500000000)
old = posix.umask(0o22)
print(posix.umask(old) == 0o22)
r, w = posix.pipe()
print(posix.write(w, b"ping"), posix.read(r, 4))
posix.close(r)
posix.close(w)
for name in ["data", "hard2", "soft"]:
    posix.unlink(base + "/" + name)
dfd = posix.open(base, posix.O_RDONLY | posix.O_DIRECTORY)
fd = posix.open("rel", posix.O_CREAT | posix.O_WRONLY, dir_fd=dfd)
posix.close(fd)
print(posix.stat("rel", dir_fd=dfd).st_size, posix.listdir(base))
posix.mkdir("sub", dir_fd=dfd)
posix.rmdir("sub", dir_fd=dfd)
posix.unlink("rel", dir_fd=dfd)
posix.close(dfd)
posix.rmdir(base)
print(posix.listdir("/tmp").count(base.rsplit("/", 1)[1]))

# expect: 0o700
# expect: False False True
# expect: 11 1 1
# expect: 0 b'hello' 5 11 b'!?' b''
# expect: 13 13 1 True True 0 int
# expect: True True True True
# expect: True True
# expect: 3
# expect: True False 0 b'hel'
# expect: True True
# expect: False
# expect: False False
# expect: OSError [Errno 9] Bad file descriptor
# expect: OSError [Errno 9] Bad file descriptor
# expect: OSError [Errno 9] Bad file descriptor
# expect: FileExistsError 17 True
# expect: 5
# expect: 2 True
# expect: data b'data'
# expect: True True
# expect: True
# expect: ['data', 'hard2', 'soft']
# expect: 0o444 True False
# expect: 1000000000.0 1500000000.25 1500000000250000000 1000000000 1500000000
# expect: True
# expect: True
# expect: 4 b'ping'
# expect: 0 ['rel']
# expect: 0
