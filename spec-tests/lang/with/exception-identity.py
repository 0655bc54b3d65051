# The exception object travels through __exit__ unchanged and keeps its traceback.
saved = []
class M:
    def __enter__(self):
        return self
    def __exit__(self, kind, exc, tb):
        saved.append(exc)
def f():
    with M():
        raise ValueError("same")
try:
    f()
except ValueError as e:
    print(e is saved[0])
    tb = e.__traceback__
    lines = []
    while tb:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines)

# expect: True
# expect: [12, 10]
