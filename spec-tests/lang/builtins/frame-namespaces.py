# globals(), locals(), vars() and dir() answer for the calling frame.
x = 1
g = globals()
print(g is globals(), g['x'], vars() is g, locals() is g)  # expect: True 1 True True
g['y'] = 5
print(y)  # expect: 5
def f(a, *args, k=3, **kw):
    b = a + 1
    return locals()
print(f(1, 2, z=4))  # expect: {'a': 1, 'k': 3, 'args': (2,), 'kw': {'z': 4}, 'b': 2}
def unbound():
    d = locals()
    c = 1
    del c
    return sorted(locals()), d is locals()
print(unbound())  # expect: (['d'], True)
def cells():
    v = 'cell'
    def inner():
        return v
    return sorted(locals()), inner()
print(cells())  # expect: (['inner', 'v'], 'cell')
def closure():
    w = 10
    def inner():
        u = w + 1
        return locals()
    return inner()
print(closure())  # expect: {'u': 11, 'w': 10}
class C:
    a = 1
    ns = sorted(locals())
    names = dir()
print(C.ns, C.names)  # expect: ['__module__', '__qualname__', 'a'] ['__module__', '__qualname__', 'a', 'ns']
class O:
    def __init__(self):
        self.p = 1
print(vars(O()), list(vars(O))[:2])  # expect: {'p': 1} ['__module__', '__init__']
try:
    vars(1)
except TypeError as e:
    print(e)  # expect: vars() argument must have __dict__ attribute
try:
    vars(1, 2)
except TypeError as e:
    print(e)  # expect: vars expected at most 1 argument, got 2
try:
    globals(1)
except TypeError as e:
    print(e)  # expect: globals() takes no arguments (1 given)
try:
    locals(x=1)
except TypeError as e:
    print(e)  # expect: locals() takes no keyword arguments
def d():
    q = 1
    r = 2
    return dir()
print(d())  # expect: ['q', 'r']
alias = locals
def via_alias():
    t = 7
    return alias()
print(via_alias())  # expect: {'t': 7}
def writes():
    n = 1
    locals()['n'] = 2
    return n
print(writes())  # expect: 1
