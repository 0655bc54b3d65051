import posix
T = posix.stat_result
it = posix.scandir("/")
e = next(it)
probes = [
    lambda: T.st_mode.__get__(5),
    lambda: T.st_atime.__get__((1, 2)),
    lambda: T.__reduce__(5),
    lambda: T.__reduce__((1, 2)),
    lambda: T.__repr__((1, 2)),
    lambda: posix.DirEntry.is_dir(5),
    lambda: posix.DirEntry.stat(5),
    lambda: posix.DirEntry.inode(5),
    lambda: posix.DirEntry.name.__get__(5),
    lambda: posix.DirEntry.__fspath__(5),
    lambda: type(it).close(5),
    lambda: type(it).__next__(5),
    lambda: posix.DirEntry(),
    lambda: type(it)(),
    lambda: T.__new__(T, range(10)),
    lambda: T.__new__(tuple, range(10)),
    lambda: T.__new__(5, range(10)),
    lambda: tuple.__new__(T, range(10)),
    lambda: e.is_dir(1),
    lambda: e.is_dir(follow_symlinks=0),
    lambda: e.stat(x=1),
    lambda: e.inode(1),
    lambda: posix.terminal_size((1, 2)).__reduce__(),
    lambda: T(range(10)).__class__,
    lambda: setattr(T(range(10)), "__class__", tuple),
    lambda: posix.fspath(e) == e.path,
    lambda: posix.stat(e).st_ino == e.inode(),
]
for p in probes:
    try:
        print(repr(p())[:70])
    except Exception as ex:
        print(type(ex).__name__, ex)
it.close()
print(list(it))

# expect: TypeError descriptor 'st_mode' for 'os.stat_result' objects doesn't apply to a 'int' object
# expect: TypeError descriptor 'st_atime' for 'os.stat_result' objects doesn't apply to a 'tuple' object
# expect: TypeError descriptor '__reduce__' for 'os.stat_result' objects doesn't apply to a 'int' object
# expect: TypeError descriptor '__reduce__' for 'os.stat_result' objects doesn't apply to a 'tuple' object
# expect: TypeError descriptor '__repr__' requires a 'os.stat_result' object but received a 'tuple'
# expect: TypeError descriptor 'is_dir' for 'posix.DirEntry' objects doesn't apply to a 'int' object
# expect: TypeError descriptor 'stat' for 'posix.DirEntry' objects doesn't apply to a 'int' object
# expect: TypeError descriptor 'inode' for 'posix.DirEntry' objects doesn't apply to a 'int' object
# expect: TypeError descriptor 'name' for 'posix.DirEntry' objects doesn't apply to a 'int' object
# expect: TypeError descriptor '__fspath__' for 'posix.DirEntry' objects doesn't apply to a 'int' object
# expect: TypeError descriptor 'close' for 'posix.ScandirIterator' objects doesn't apply to a 'int' object
# expect: TypeError descriptor '__next__' requires a 'posix.ScandirIterator' object but received a 'int'
# expect: TypeError cannot create 'posix.DirEntry' instances
# expect: TypeError cannot create 'posix.ScandirIterator' instances
# expect: os.stat_result(st_mode=0, st_ino=1, st_dev=2, st_nlink=3, st_uid=4, st
# expect: TypeError os.stat_result.__new__(tuple): tuple is not a subtype of os.stat_result
# expect: TypeError os.stat_result.__new__(X): X is not a type object (int)
# expect: TypeError tuple.__new__(os.stat_result) is not safe, use os.stat_result.__new__()
# expect: TypeError is_dir() takes no positional arguments
# expect: True
# expect: TypeError 'x' is an invalid keyword argument for stat()
# expect: TypeError DirEntry.inode() takes no arguments (1 given)
# expect: (<class 'os.terminal_size'>, ((1, 2), {}))
# expect: <class 'os.stat_result'>
# expect: TypeError __class__ assignment only supported for mutable types or ModuleType subclasses
# expect: True
# expect: True
# expect: []
