try:
    class Broken:
        x = 1
        raise ValueError("in body")
        y = 2
except ValueError as e:
    print("caught", e)   # expect: caught in body
try:
    Broken
except NameError as e:
    print(e)   # expect: name 'Broken' is not defined
class Partial:
    try:
        z = 1 / 0
    except ZeroDivisionError:
        z = "fallback"
    finally:
        w = "finally"
print(Partial.z, Partial.w)   # expect: fallback finally
class Loop:
    total = 0
    for i in range(4):
        total += i
    else:
        done = True
print(Loop.total, Loop.done, Loop.i)   # expect: 6 True 3
class Cond:
    if True:
        a = "yes"
    else:
        b = "no"
    while False:
        pass
print(Cond.a, hasattr(Cond, "b"))   # expect: yes False
class Imports:
    import sys as _sys
    v = _sys.maxsize > 0
print(Imports.v, type(Imports._sys).__name__)   # expect: True module
