import sys
def where():
    caller = sys._getframe(1)
    return caller.f_code.co_name, sorted(caller.f_locals), caller.f_globals is globals()
def outer(a):
    b = a * 2
    return where()
print(outer(1))
print(sys._getframe(0) is sys._getframe())
try:
    sys._getframe(50)
except ValueError as e:
    print(e)
try:
    sys._getframe(depth=1)
except TypeError as e:
    print(e)
print(sys._getframe(-3).f_code.co_name)
def lasti():
    f = sys._getframe()
    return f.f_lasti > 0, f.f_builtins is __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else True
print(lasti())
def key(x):
    return sys._getframe(1).f_code.co_name
print(sorted([3, 1], key=key))
print([sys._getframe(1).f_code.co_name for _ in range(1)])
def cells():
    x = 1
    def inner():
        return x
    return sorted(sys._getframe().f_locals), inner()
print(cells())
try:
    sys._getframe().clear()
except RuntimeError as e:
    print(e)

# expect: ('outer', ['a', 'b'], True)
# expect: True
# expect: call stack is not deep enough
# expect: sys._getframe() takes no keyword arguments
# expect: <module>
# expect: (True, True)
# expect: [3, 1]
# expect: ['<module>']
# expect: (['inner', 'x'], 1)
# expect: cannot clear an executing frame
