class Show:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        print(len(args), [type(a).__name__ for a in args])
        t, v, tb = args
        print(t is type(v) if v is not None else t, tb is not None if v is not None else tb)
        return True

with Show():
    pass
with Show():
    raise KeyError("k")
with Show():
    int("x")
class Sub(Exception):
    pass
with Show():
    raise Sub

# expect: 3 ['NoneType', 'NoneType', 'NoneType']
# expect: None None
# expect: 3 ['type', 'KeyError', 'traceback']
# expect: True True
# expect: 3 ['type', 'ValueError', 'traceback']
# expect: True True
# expect: 3 ['type', 'Sub', 'traceback']
# expect: True True
