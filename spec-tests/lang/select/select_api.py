import select as s, os
print([n for n in dir(s) if n != "__file__"])
r, w = os.pipe()
def t(*a):
    try:
        res = s.select(*a)
        print([[x if isinstance(x, int) else repr(x) for x in l] == [] or "some" for l in res])
    except Exception as e:
        print(type(e).__name__, e)
t(1, [], [])
t([-1], [], [], 0)
t(["x"], [], [], 0)
t([], [], [], -1)
t([], [], [], "x")
class F:
    def fileno(self): return w
    def __repr__(self): return "F"
print(s.select([], [F()], [], 0.0))
class G:
    def fileno(self): return "a"
t([G()], [], [], 0)
t([2**40], [], [], 0)
t([5000], [], [], 0)
t([], [], [], 0, 1)
try:
    s.select([], [], [], None, x=1)
except TypeError as e:
    print(e)
print(s.select((), (), (), 0))
p = s.poll()
print(p.register(r), p.register(w, s.POLLOUT), p.poll(0) == [(w, 4)], p.poll(None) == [(w, 4)], p.poll(-5) == [(w, 4)])
os.write(w, b"x")
print(p.poll(0) == [(r, 1), (w, 4)], p.poll(1.5) == [(r, 1), (w, 4)])
for f, a in [(p.unregister, (99,)), (p.modify, (99, 1)), (p.poll, ("x",)), (p.register, (-1,)), (p.register, ()), (p.modify, (r,))]:
    try:
        f(*a)
    except Exception as e:
        print(type(e).__name__, e)
p.unregister(w)
print(p.poll(0) == [(r, 1)])
fd = os.dup(w); os.close(fd)
p.register(fd)
print(p.poll(0) == [(r, 1), (fd, s.POLLNVAL)])
e = s.epoll()
print(e.closed, e.fileno() > 2, e.register(r), e.register(w, s.EPOLLOUT), sorted(e.poll(0)) == sorted([(r, 1), (w, 4)]))
print(e.modify(r, s.EPOLLOUT), e.unregister(w), e.poll(0, 1) == [(r, 4)], e.poll(timeout=0, maxevents=5) == [(r, 4)])
for f, a in [(e.register, (r,)), (e.unregister, (99,)), (e.modify, (w, 1)), (e.poll, (0, 0)), (e.poll, ("x",))]:
    try:
        f(*a)
    except Exception as x:
        print(type(x).__name__, x)
e.close(); e.close()
print(e.closed)
for f in (e.poll, e.fileno, lambda: e.register(r)):
    try:
        f()
    except Exception as x:
        print(type(x).__name__, x)
with s.epoll() as e2:
    print(e2.closed)
print(e2.closed, s.error is OSError, s.poll, type(s.poll()), s.epoll)
for kw in ({"flags": 5}, {"sizehint": 0}, {"sizehint": -2}, {"sizehint": 5}, {"flags": s.EPOLL_CLOEXEC}):
    try:
        print(s.epoll(**kw).closed)
    except Exception as x:
        print(type(x).__name__, x)

# expect: ['EPOLLERR', 'EPOLLET', 'EPOLLEXCLUSIVE', 'EPOLLHUP', 'EPOLLIN', 'EPOLLMSG', 'EPOLLONESHOT', 'EPOLLOUT', 'EPOLLPRI', 'EPOLLRDBAND', 'EPOLLRDHUP', 'EPOLLRDNORM', 'EPOLLWRBAND', 'EPOLLWRNORM', 'EPOLL_CLOEXEC', 'PIPE_BUF', 'POLLERR', 'POLLHUP', 'POLLIN', 'POLLMSG', 'POLLNVAL', 'POLLOUT', 'POLLPRI', 'POLLRDBAND', 'POLLRDHUP', 'POLLRDNORM', 'POLLWRBAND', 'POLLWRNORM', '__doc__', '__loader__', '__name__', '__package__', '__spec__', 'epoll', 'error', 'poll', 'select']
# expect: TypeError arguments 1-3 must be sequences
# expect: ValueError file descriptor cannot be a negative integer (-1)
# expect: TypeError argument must be an int, or have a fileno() method.
# expect: ValueError timeout must be non-negative
# expect: TypeError timeout must be a float or None
# expect: ([], [F], [])
# expect: TypeError fileno() returned a non-integer
# expect: OverflowError Python int too large to convert to C int
# expect: ValueError filedescriptor out of range in select()
# expect: TypeError select expected at most 4 arguments, got 5
# expect: select.select() takes no keyword arguments
# expect: ([], [], [])
# expect: None None True True True
# expect: True True
# expect: KeyError 99
# expect: FileNotFoundError [Errno 2] No such file or directory
# expect: TypeError timeout must be an integer or None
# expect: ValueError file descriptor cannot be a negative integer (-1)
# expect: TypeError register expected at least 1 argument, got 0
# expect: TypeError modify expected 2 arguments, got 1
# expect: True
# expect: True
# expect: False True None None True
# expect: None None False False
# expect: FileExistsError [Errno 17] File exists
# expect: OSError [Errno 9] Bad file descriptor
# expect: FileNotFoundError [Errno 2] No such file or directory
# expect: ValueError maxevents must be greater than 0, got 0
# expect: TypeError timeout must be an integer or None
# expect: True
# expect: ValueError I/O operation on closed epoll object
# expect: ValueError I/O operation on closed epoll object
# expect: ValueError I/O operation on closed epoll object
# expect: False
# expect: True True <built-in function poll> <class 'select.poll'> <class 'select.epoll'>
# expect: OSError invalid flags
# expect: ValueError negative sizehint
# expect: ValueError negative sizehint
# expect: False
# expect: False
