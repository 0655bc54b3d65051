class A: pass
class S: __slots__ = ('x',)
class SW: __slots__ = ('x', '__weakref__')
class I(int): pass
for c in (A, S, SW, I):
    print(c.__name__, '__weakref__' in dir(c), '__weakref__' in dir(c.__new__(c)))

# expect: A True True
# expect: S False False
# expect: SW True True
# expect: I False False
