# A call that does not fit the parameters names the function by its
# __qualname__, which may have been assigned after the def.
import dataclasses
def f(a): pass
f.__qualname__ = 'G.h'
for call in (lambda: f(), lambda: f(1, 2), lambda: f(1, b=2), lambda: f(1, a=2)):
    try:
        call()
    except TypeError as e:
        print(e)
def g(a, /): pass
g.__qualname__ = 'Q'
try:
    g(a=1)
except TypeError as e:
    print(e)
@dataclasses.dataclass
class P:
    x: int
try:
    P()
except TypeError as e:
    print(e)
print(P.__init__.__qualname__)

# expect: G.h() missing 1 required positional argument: 'a'
# expect: G.h() takes 1 positional argument but 2 were given
# expect: G.h() got an unexpected keyword argument 'b'
# expect: G.h() got multiple values for argument 'a'
# expect: Q() got some positional-only arguments passed as keyword arguments: 'a'
# expect: P.__init__() missing 1 required positional argument: 'x'
# expect: P.__init__
