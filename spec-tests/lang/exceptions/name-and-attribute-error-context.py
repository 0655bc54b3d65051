# The NameError and AttributeError the interpreter raises carry the name
# (and the object looked in), as CPython 3.11 sets them.
class A:
    pass
try:
    A().missing
except AttributeError as e:
    print(e.name, type(e.obj).__name__)   # expect: missing A
class B:
    def __getattr__(self, name):
        raise AttributeError('custom')
try:
    B().other
except AttributeError as e:
    print(e.name, type(e.obj).__name__, e)   # expect: other B custom
try:
    getattr(1, 'foo')
except AttributeError as e:
    print(e.name, e.obj)   # expect: foo 1
try:
    (1).bar()
except AttributeError as e:
    print(e.name, e.obj)   # expect: bar 1
class C:
    def __getattr__(self, name):
        raise AttributeError('custom', name='given')
try:
    C().qq
except AttributeError as e:
    print(e.name, e.obj)   # expect: given None
try:
    undefined_here
except NameError as e:
    print(e.name)   # expect: undefined_here
def f():
    return undefined_global
try:
    f()
except NameError as e:
    print(e.name)   # expect: undefined_global
def g():
    x
    x = 1
try:
    g()
except NameError as e:
    print(type(e).__name__, e.name)   # expect: UnboundLocalError None
