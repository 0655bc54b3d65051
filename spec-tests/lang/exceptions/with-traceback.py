class E(Exception):
    pass

try:
    raise E("a")
except E as e:
    tb = e.__traceback__

f = E("b")
print(f.with_traceback(tb) is f)   # expect: True
print(f.__traceback__ is tb)   # expect: True
