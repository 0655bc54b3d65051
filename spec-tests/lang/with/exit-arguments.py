# __exit__ gets the exception's class, the exception itself and its
# traceback, while that exception is the one being handled.
def handled():
    try:
        raise RuntimeError
    except RuntimeError as probe:
        return probe.__context__
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, kind, exc, tb):
        print(kind is ZeroDivisionError, type(exc).__name__, exc.args)
        print(type(tb).__name__, tb is exc.__traceback__, tb.tb_lineno)
        print(handled() is exc)
        return True
with Inspect():
    x = 1
    x / 0
print(handled())

# expect: True ZeroDivisionError ('division by zero',)
# expect: traceback True 18
# expect: True
# expect: None
