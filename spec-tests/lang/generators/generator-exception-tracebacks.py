def g():
    yield 1
    1 / 0

it = g()
next(it)
try:
    next(it)
except ZeroDivisionError as e:
    tb = e.__traceback__
    lines = []
    while tb:
        lines.append(tb.tb_frame.f_code.co_name if hasattr(tb, "tb_frame") else "?")
        tb = tb.tb_next
    print(type(e).__name__, e)
print(list(it))
def raiser():
    raise KeyError("x")
    yield
try:
    for _ in raiser():
        pass
except KeyError as e:
    print("KeyError", e)

# expect: ZeroDivisionError division by zero
# expect: []
# expect: KeyError 'x'
