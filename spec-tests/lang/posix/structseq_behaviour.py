import posix
T = posix.stat_result
r = T(range(10))
print(type(r) is T, isinstance(r, tuple), len(r), list(r) == list(range(10)))
print(r[0], r[-1], r[2:5], r[::3], type(r[2:5]).__name__)
print(r == tuple(range(10)), r != tuple(range(10)), r < (0, 1, 2, 3, 4, 5, 6, 7, 8, 10))
print(hash(r) == hash(tuple(range(10))), 5 in r, 99 in r, r.count(3), r.index(4))
print(r + (1,), (1,) + r[:2], r * 1 == tuple(r))
a, b, *rest = r
print(a, b, rest)
print(tuple(r), list(reversed(r))[:2], sorted(r, reverse=True)[0])
print(r.st_atime, r.st_mtime, r.st_ctime, r.st_atime_ns, r.st_blksize, r.st_rdev)
print(T.st_mode, T.st_atime)
print(sorted(T.__dict__))
print(T.__match_args__)
print(posix.terminal_size.__match_args__, posix.terminal_size.n_fields)
print(posix.uname_result.n_fields, posix.times_result.n_sequence_fields, posix.statvfs_result.n_fields, posix.statvfs_result.n_sequence_fields)
print(posix.terminal_size, posix.uname_result, posix.times_result, posix.statvfs_result)
print(posix.terminal_size.__name__, posix.terminal_size.__qualname__, posix.terminal_size.__module__)
ts = posix.terminal_size([3, 4])
print(ts, ts.columns, ts.lines, repr(ts))
match ts:
    case posix.terminal_size(c, l):
        print("matched", c, l)
match r:
    case T(st_mode=m, st_size=s):
        print("keywords", m, s)
for bad in ["x", (1,), None]:
    try:
        posix.terminal_size(bad)
    except TypeError as e:
        print("TypeError", e)
for args, kw in [((), {}), (((1, 2), {}, 3), {}), (((1, 2),), {"x": 1}), (((1, 2), 5), {})]:
    try:
        posix.terminal_size(*args, **kw)
    except TypeError as e:
        print("TypeError", e)
print(posix.terminal_size(sequence=(5, 6)), posix.terminal_size((5, 6), dict={}))
try:
    posix.terminal_size((5, 6), None)
except TypeError as e:
    print("TypeError", e)
print(posix.terminal_size("ab"), posix.terminal_size(iter([7, 8])))
s = posix.terminal_size((1, 2))
for attr in ["columns", "x"]:
    try:
        setattr(s, attr, 5)
    except AttributeError as e:
        print("AttributeError", e)
try:
    s.__dict__
except AttributeError as e:
    print("AttributeError", e)
try:
    s.nope
except AttributeError as e:
    print("AttributeError", e)
for t in [posix.terminal_size, posix.uname_result]:
    try:
        class X(t):
            pass
    except TypeError as e:
        print("TypeError", e)
print(s.__reduce__())
print(T(range(10), {"st_atime": 1.5, "st_rdev": 7}).__reduce__()[1][1])
big = T(list(range(19)))
print(big, big.st_atime, big.st_rdev, len(big))
nested = posix.terminal_size(([1], (2,)))
print(nested, nested == ([1], (2,)))
print(str(ts), format(ts), "%s" % (ts,))

# expect: True True 10 True
# expect: 0 9 (2, 3, 4) (0, 3, 6, 9) tuple
# expect: True False True
# expect: True True False 1 4
# expect: (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 1) (1, 0, 1) True
# expect: 0 1 [2, 3, 4, 5, 6, 7, 8, 9]
# expect: (0, 1, 2, 3, 4, 5, 6, 7, 8, 9) [9, 8] 9
# expect: 7 8 9 None None None
# expect: <member 'st_mode' of 'os.stat_result' objects> <member 'st_atime' of 'os.stat_result' objects>
# expect: ['__doc__', '__match_args__', '__module__', '__new__', '__reduce__', '__repr__', 'n_fields', 'n_sequence_fields', 'n_unnamed_fields', 'st_atime', 'st_atime_ns', 'st_blksize', 'st_blocks', 'st_ctime', 'st_ctime_ns', 'st_dev', 'st_gid', 'st_ino', 'st_mode', 'st_mtime', 'st_mtime_ns', 'st_nlink', 'st_rdev', 'st_size', 'st_uid']
# expect: ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size')
# expect: ('columns', 'lines') 2
# expect: 5 5 11 10
# expect: <class 'os.terminal_size'> <class 'posix.uname_result'> <class 'posix.times_result'> <class 'os.statvfs_result'>
# expect: terminal_size terminal_size os
# expect: os.terminal_size(columns=3, lines=4) 3 4 os.terminal_size(columns=3, lines=4)
# expect: matched 3 4
# expect: keywords 0 6
# expect: TypeError os.terminal_size() takes a 2-sequence (1-sequence given)
# expect: TypeError os.terminal_size() takes a 2-sequence (1-sequence given)
# expect: TypeError constructor requires a sequence
# expect: TypeError structseq() missing required argument 'sequence' (pos 1)
# expect: TypeError structseq() takes at most 2 arguments (3 given)
# expect: TypeError 'x' is an invalid keyword argument for structseq()
# expect: TypeError os.terminal_size() takes a dict as second arg, if any
# expect: os.terminal_size(columns=5, lines=6) os.terminal_size(columns=5, lines=6)
# expect: TypeError os.terminal_size() takes a dict as second arg, if any
# expect: os.terminal_size(columns='a', lines='b') os.terminal_size(columns=7, lines=8)
# expect: AttributeError readonly attribute
# expect: AttributeError 'os.terminal_size' object has no attribute 'x'
# expect: AttributeError 'os.terminal_size' object has no attribute '__dict__'
# expect: AttributeError 'os.terminal_size' object has no attribute 'nope'
# expect: TypeError type 'os.terminal_size' is not an acceptable base type
# expect: TypeError type 'posix.uname_result' is not an acceptable base type
# expect: (<class 'os.terminal_size'>, ((1, 2), {}))
# expect: {'st_atime': 1.5, 'st_mtime': 8, 'st_ctime': 9, 'st_atime_ns': None, 'st_mtime_ns': None, 'st_ctime_ns': None, 'st_blksize': None, 'st_blocks': None, 'st_rdev': 7}
# expect: os.stat_result(st_mode=0, st_ino=1, st_dev=2, st_nlink=3, st_uid=4, st_gid=5, st_size=6, st_atime=7, st_mtime=8, st_ctime=9) 10 18 10
# expect: os.terminal_size(columns=[1], lines=(2,)) True
# expect: os.terminal_size(columns=3, lines=4) os.terminal_size(columns=3, lines=4) os.terminal_size(columns=3, lines=4)
