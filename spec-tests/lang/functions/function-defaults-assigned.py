def f(a, b=2): return a, b
f.__defaults__ = (7, 8, 9)
print(f(), f.__defaults__)
f.__defaults__ = (5,)
print(f(1))
f.__defaults__ = None; print(f.__defaults__)
try: f(1)
except TypeError as e: print(e)
del f.__defaults__; print(f.__defaults__)
try: f.__defaults__ = [1]
except TypeError as e: print(e)
f.__defaults__ = ()
print(f.__defaults__)
try: f(1)
except TypeError as e: print(e)
try: f(1,2,3)
except TypeError as e: print(e)
def g(*, k=1): return k
g.__kwdefaults__ = {'k': 5}; print(g())
g.__kwdefaults__ = {}; print(g.__kwdefaults__)
try: g()
except TypeError as e: print(e)
try: g.__kwdefaults__ = 1
except TypeError as e: print(e)
del g.__kwdefaults__; print(g.__kwdefaults__)
class T(tuple): pass
f.__defaults__ = T((4,)); print(type(f.__defaults__), f(1))
def h(a=1, b=2, c=3): return a,b,c
h.__defaults__ = (10, 20, 30, 40)
print(h())
try: h(1,2,3,4)
except TypeError as e: print(e)
from collections import namedtuple
P = namedtuple('P', 'x y', defaults=(0,))
print(P(1), P._field_defaults)

# expect: (8, 9) (7, 8, 9)
# expect: (1, 5)
# expect: None
# expect: f() missing 1 required positional argument: 'b'
# expect: None
# expect: __defaults__ must be set to a tuple object
# expect: ()
# expect: f() missing 1 required positional argument: 'b'
# expect: f() takes 2 positional arguments but 3 were given
# expect: 5
# expect: {}
# expect: g() missing 1 required keyword-only argument: 'k'
# expect: __kwdefaults__ must be set to a dict object
# expect: None
# expect: <class '__main__.T'> (1, 4)
# expect: (20, 30, 40)
# expect: h() takes from -1 to 3 positional arguments but 4 were given
# expect: P(x=1, y=0) {'y': 0}
