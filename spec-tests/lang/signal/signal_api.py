import _signal as s
print([n for n in dir(s) if n not in ("__file__", "pidfd_send_signal", "pthread_kill", "sigtimedwait", "sigwaitinfo", "struct_siginfo")])
def show(f, *args):
    try:
        print("ok", f(*args))
    except Exception as e:
        print(type(e).__name__, e)
for bad in (0, 65, -1):
    show(s.strsignal, bad)
    show(s.getsignal, bad)
    show(s.signal, bad, s.SIG_DFL)
show(s.signal, s.SIGSTOP, s.SIG_DFL)
show(s.signal, 2, "x")
show(s.signal, 2)
show(s.getsignal)
show(s.default_int_handler)
try:
    s.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print(repr(e))
show(s.strsignal, "2")
show(s.set_wakeup_fd, -1)
import os
r, w = os.pipe()
show(s.set_wakeup_fd, w)
os.set_blocking(w, False)
print(s.set_wakeup_fd(w), s.set_wakeup_fd(-1) == w)
print(s.alarm(0), s.siginterrupt(s.SIGUSR1, True), s.siginterrupt(s.SIGUSR1, False))
print(s.getsignal(s.SIGTERM), s.getsignal(s.SIGCHLD), s.getsignal(s.SIGPIPE), s.getsignal(s.SIGINT))
print(s.SIGCLD == s.SIGCHLD, s.SIGIOT == s.SIGABRT, s.SIGPOLL == s.SIGIO, s.NSIG, s.SIGRTMAX)
print(sorted(s.valid_signals())[:5], 32 in s.valid_signals(), 64 in s.valid_signals())
print([s.strsignal(n) for n in (1, 9, 15, 17, 31, 33, 34, 64)])
got = []
def handler(signum, frame):
    got.append(signum)
s.signal(s.SIGUSR1, handler)
s.signal(s.SIGUSR2, handler)
s.raise_signal(s.SIGUSR2)
s.raise_signal(s.SIGUSR1)
print(got)
def failing(signum, frame):
    raise ValueError("from handler %d" % signum)
s.signal(s.SIGUSR1, failing)
try:
    s.raise_signal(s.SIGUSR1)
except ValueError as e:
    print(e)
print(s.signal(s.SIGUSR1, s.SIG_IGN) is failing)
s.raise_signal(s.SIGUSR1)
print(s.signal(s.SIGUSR1, s.SIG_DFL))
show(s.pthread_sigmask, 99, [])
show(s.pthread_sigmask, s.SIG_BLOCK, 5)
print(s.pthread_sigmask(s.SIG_BLOCK, []))

# expect: ['ITIMER_PROF', 'ITIMER_REAL', 'ITIMER_VIRTUAL', 'ItimerError', 'NSIG', 'SIGABRT', 'SIGALRM', 'SIGBUS', 'SIGCHLD', 'SIGCLD', 'SIGCONT', 'SIGFPE', 'SIGHUP', 'SIGILL', 'SIGINT', 'SIGIO', 'SIGIOT', 'SIGKILL', 'SIGPIPE', 'SIGPOLL', 'SIGPROF', 'SIGPWR', 'SIGQUIT', 'SIGRTMAX', 'SIGRTMIN', 'SIGSEGV', 'SIGSTKFLT', 'SIGSTOP', 'SIGSYS', 'SIGTERM', 'SIGTRAP', 'SIGTSTP', 'SIGTTIN', 'SIGTTOU', 'SIGURG', 'SIGUSR1', 'SIGUSR2', 'SIGVTALRM', 'SIGWINCH', 'SIGXCPU', 'SIGXFSZ', 'SIG_BLOCK', 'SIG_DFL', 'SIG_IGN', 'SIG_SETMASK', 'SIG_UNBLOCK', '__doc__', '__loader__', '__name__', '__package__', '__spec__', 'alarm', 'default_int_handler', 'getitimer', 'getsignal', 'pause', 'pthread_sigmask', 'raise_signal', 'set_wakeup_fd', 'setitimer', 'siginterrupt', 'signal', 'sigpending', 'sigwait', 'strsignal', 'valid_signals']
# expect: ValueError signal number out of range
# expect: ValueError signal number out of range
# expect: ValueError signal number out of range
# expect: ValueError signal number out of range
# expect: ValueError signal number out of range
# expect: ValueError signal number out of range
# expect: ValueError signal number out of range
# expect: ValueError signal number out of range
# expect: ValueError signal number out of range
# expect: OSError [Errno 22] Invalid argument
# expect: TypeError signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object
# expect: TypeError signal expected 2 arguments, got 1
# expect: TypeError _signal.getsignal() takes exactly one argument (0 given)
# expect: TypeError default_int_handler expected 2 arguments, got 0
# expect: KeyboardInterrupt()
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: ok -1
# expect: ValueError the fd 4 must be in non-blocking mode
# expect: -1 True
# expect: 0 None None
# expect: 0 0 1 <built-in function default_int_handler>
# expect: True True True 65 64
# expect: [1, 2, 3, 4, 5] False True
# expect: ['Hangup', 'Killed', 'Terminated', 'Child exited', 'Bad system call', None, 'Real-time signal 0', 'Real-time signal 30']
# expect: [12, 10]
# expect: from handler 10
# expect: True
# expect: 1
# expect: OSError [Errno 22] Invalid argument
# expect: TypeError 'int' object is not iterable
# expect: set()
