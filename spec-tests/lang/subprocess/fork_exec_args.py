# _posixsubprocess.fork_exec's argument checks, in CPython's order.
import _posixsubprocess as p, os
r, w = os.pipe()
print([n for n in dir(p) if n != '__file__'])
def call(*a):
    try:
        print(p.fork_exec(*a))
    except Exception as e:
        print(type(e).__name__, e)
base = [[b'true'], [b'/bin/true'], True, (w,), None, None, -1, -1, -1, -1, -1, -1, r, w, True, False, -1, None, None, None, -1, None, False]
call(*base[:5])
for i, v in [(3, [w]), (3, (w, 3)), (3, (-1,)), (3, ('a',)), (1, ['/bin/true']), (0, [1]), (0, 5), (1, [b'/bin/tr\x00ue']),
             (0, ['a\x00b']), (13, 2), (5, ['A=1']), (4, 1), (6, 1.5), (4, 'a\x00b')]:
    b = list(base)
    b[i] = v
    call(*b)
call(*base, 1)
try:
    p.fork_exec(*base, x=1)
except TypeError as e:
    print('TypeError', e)

# expect: ['__doc__', '__loader__', '__name__', '__package__', '__spec__', 'fork_exec']
# expect: TypeError fork_exec() takes exactly 23 arguments (5 given)
# expect: TypeError fork_exec() argument 4 must be tuple, not list
# expect: ValueError bad value(s) in fds_to_keep
# expect: ValueError bad value(s) in fds_to_keep
# expect: ValueError bad value(s) in fds_to_keep
# expect: TypeError expected bytes, str found
# expect: TypeError expected str, bytes or os.PathLike object, not int
# expect: TypeError argv must be a tuple
# expect: ValueError embedded null byte
# expect: ValueError embedded null byte
# expect: ValueError errpipe_write must be >= 3
# expect: TypeError expected bytes, str found
# expect: TypeError expected str, bytes or os.PathLike object, not int
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: ValueError embedded null byte
# expect: TypeError fork_exec() takes exactly 23 arguments (24 given)
# expect: TypeError fork_exec() takes no keyword arguments
