class E(Exception):
    pass

def inner():
    raise E("deep")

def outer():
    inner()

try:
    outer()
except E as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines)   # expect: [11, 8, 5]
    print(e.__traceback__ is e.__traceback__)   # expect: True
    print(type(e.__traceback__).__name__)   # expect: traceback
    caught = e

def reraise(exc):
    raise exc

try:
    reraise(caught)
except E as again:
    tb = again.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines)   # expect: [27, 24, 11, 8, 5]
try:
    caught.__traceback__ = 5
except TypeError as err:
    print(err)   # expect: __traceback__ must be a traceback or None
caught.__traceback__ = None
print(caught.__traceback__, E("x").with_traceback(None).__traceback__)   # expect: None None
del caught.__traceback__   # raises: TypeError: __traceback__ may not be deleted
