# Assigning a function's __code__: the function runs the new code, keeps
# its own names, docstring, defaults and globals.
def f(a, b=10):
    "f's doc"
    return ('f', a, b)

def g(a, b=20):
    return ('g', a, b)

old = f.__code__
f.__code__ = g.__code__
print(f(1))
print(f(1, 2))
print(f.__name__, f.__qualname__, f.__doc__)
print(f.__code__ is g.__code__, f.__code__ is old)
print(f.__code__.co_name)
print(repr(f).startswith('<function f at '))

# Back again.
f.__code__ = old
print(f(3))

# A replaced code with other parameters binds by them.
def three(x, y, z):
    return x + y + z
def h(a):
    return a
h.__code__ = three.__code__
print(h(1, 2, 3))
try:
    h(1)
except TypeError as e:
    print(e)

# Names assigned before the replacement stay.
def named():
    pass
named.__name__ = 'other'
named.__code__ = g.__code__
print(named.__name__, named.__qualname__)

# A bound method runs the new code too.
class C:
    def m(self):
        return 'm'
def repl(self):
    return 'repl', type(self).__name__
C.m.__code__ = repl.__code__
print(C().m())

# Through the type's descriptor.
import types
def d():
    return 'd'
types.FunctionType.__dict__['__code__'].__set__(d, g.__code__)
print(d(5, 6))

# A lambda's code, and code.replace.
k = lambda: 'lambda'
def plain():
    return 'plain'
plain.__code__ = k.__code__
print(plain(), plain.__name__)
plain.__code__ = plain.__code__.replace(co_name='renamed')
print(plain.__code__.co_name, plain.__name__)

# expect: ('g', 1, 10)
# expect: ('g', 1, 2)
# expect: f f f's doc
# expect: True False
# expect: g
# expect: True
# expect: ('f', 3, 10)
# expect: 6
# expect: h() missing 2 required positional arguments: 'y' and 'z'
# expect: other named
# expect: ('repl', 'C')
# expect: ('g', 5, 6)
# expect: lambda plain
# expect: renamed plain
