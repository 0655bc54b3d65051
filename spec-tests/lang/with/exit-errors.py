class ExitFails:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise KeyError("from exit")

try:
    with ExitFails():
        pass
except KeyError as e:
    print("normal path:", repr(e), e.__context__)
try:
    with ExitFails():
        raise ValueError("body")
except KeyError as e:
    print("error path:", repr(e), repr(e.__context__))
class ExitNotCallable:
    __exit__ = 5
    def __enter__(self):
        return 1
try:
    with ExitNotCallable() as v:
        print("body ran", v)
except TypeError as e:
    print(e)

# expect: normal path: KeyError('from exit') None
# expect: error path: KeyError('from exit') ValueError('body')
# expect: body ran 1
# expect: 'int' object is not callable
