# _thread._excepthook and _thread._ExceptHookArgs, as threading uses them.
import _thread, threading, sys, io
A = _thread._ExceptHookArgs
print(threading.excepthook is _thread._excepthook, threading.ExceptHookArgs is A)
print(A, A.__mro__[1:], A.n_fields, A.n_sequence_fields, A.n_unnamed_fields, A.__match_args__)
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t(_thread._excepthook, 5)
t(_thread._excepthook)
t(_thread._excepthook, (1, 2, 3, 4), 1)
t(_thread._excepthook, args=5)
t(A, (1, 2, 3))
t(A, (1, 2, 3, 4, 5))
a = A((ValueError, ValueError('x'), None, None))
print(a, a == (ValueError, a.exc_value, None, None), a.thread)
def run(*records):
    saved, sys.stderr = sys.stderr, io.StringIO()
    try:
        for r in records:
            print(_thread._excepthook(A(r)))
    finally:
        out, sys.stderr = sys.stderr.getvalue(), saved
    for line in out.replace(str(_thread.get_ident()), 'IDENT').splitlines():
        if not line.startswith('    '):
            print(repr(line.split(', ', 1)[-1]))
class T:
    name = 'worker'
class N:
    pass
class S:
    name = 5
class Bad:
    @property
    def name(self):
        raise KeyError('no name')
run((SystemExit, SystemExit(1), None, T()))
run((ValueError, ValueError('bad'), None, None))
run((ValueError, ValueError('bad'), None, T()))
run((KeyError, KeyError('k'), None, N()))
run((ValueError, 7, None, S()))
run((ValueError, ValueError(), None, T()))
try:
    run((ValueError, ValueError(), None, Bad()))
except KeyError as e:
    print('KeyError', e)
def fail():
    raise OSError(2, 'gone')
try:
    fail()
except OSError as e:
    run((type(e), e, e.__traceback__, T()))
    bare = RuntimeError('no tb')
    run((RuntimeError, bare, e.__traceback__, T()))
    print(bare.__traceback__ is e.__traceback__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError('second')
except TypeError as e:
    run((type(e), e, e.__traceback__, None))
class Q:
    name, _stderr = 'q', None
class R:
    name, _stderr = 'r', io.StringIO()
saved, sys.stderr = sys.stderr, None
_thread._excepthook(A((ValueError, ValueError(), None, None)))
_thread._excepthook(A((ValueError, ValueError(), None, Q())))
_thread._excepthook(A((ValueError, ValueError('x'), None, R())))
try:
    _thread._excepthook(A((ValueError, ValueError('x'), None, N())))
except AttributeError as e:
    print('AttributeError', e)
sys.stderr = saved
print(R._stderr.getvalue().splitlines())
calls = []
class Flushing(io.StringIO):
    def flush(self):
        calls.append('flush')
saved, sys.stderr = sys.stderr, Flushing()
_thread._excepthook(A((ValueError, ValueError('y'), None, T())))
print(calls)
out, sys.stderr = sys.stderr.getvalue(), saved
print(out.splitlines())

# expect: True True
# expect: <class '_thread._ExceptHookArgs'> (<class 'tuple'>, <class 'object'>) 4 4 0 ('exc_type', 'exc_value', 'exc_traceback', 'thread')
# expect: TypeError _thread.excepthook argument type must be ExceptHookArgs
# expect: TypeError _thread._excepthook() takes exactly one argument (0 given)
# expect: TypeError _thread._excepthook() takes exactly one argument (2 given)
# expect: TypeError _thread._excepthook() takes no keyword arguments
# expect: TypeError _thread._ExceptHookArgs() takes a 4-sequence (3-sequence given)
# expect: TypeError _thread._ExceptHookArgs() takes a 4-sequence (5-sequence given)
# expect: _thread._ExceptHookArgs(exc_type=<class 'ValueError'>, exc_value=ValueError('x'), exc_traceback=None, thread=None) True None
# expect: None
# expect: None
# expect: 'Exception in thread IDENT:'
# expect: 'ValueError: bad'
# expect: None
# expect: 'Exception in thread worker:'
# expect: 'ValueError: bad'
# expect: None
# expect: 'Exception in thread IDENT:'
# expect: "KeyError: 'k'"
# expect: None
# expect: 'Exception in thread 5:'
# expect: 'int found'
# expect: None
# expect: 'Exception in thread worker:'
# expect: 'ValueError'
# expect: KeyError 'no name'
# expect: None
# expect: 'Exception in thread worker:'
# expect: 'Traceback (most recent call last):'
# expect: 'line 52, in <module>'
# expect: 'line 50, in fail'
# expect: 'FileNotFoundError: [Errno 2] gone'
# expect: None
# expect: 'Exception in thread worker:'
# expect: 'Traceback (most recent call last):'
# expect: 'line 52, in <module>'
# expect: 'line 50, in fail'
# expect: 'RuntimeError: no tb'
# expect: True
# expect: None
# expect: 'Exception in thread IDENT:'
# expect: 'Traceback (most recent call last):'
# expect: 'line 60, in <module>'
# expect: 'ZeroDivisionError: division by zero'
# expect: ''
# expect: 'another exception occurred:'
# expect: ''
# expect: 'Traceback (most recent call last):'
# expect: 'line 62, in <module>'
# expect: 'TypeError: second'
# expect: AttributeError 'N' object has no attribute '_stderr'
# expect: ['Exception in thread r:', 'ValueError: x']
# expect: ['flush', 'flush']
# expect: ['Exception in thread worker:', 'ValueError: y']
