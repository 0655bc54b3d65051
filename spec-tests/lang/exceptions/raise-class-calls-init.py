# Raising a class calls it: its __init__ runs, and what the call returns must be an exception.
class AppError(Exception):
    def __init__(self, code=7):
        super().__init__('app', code)
        self.code = code
try:
    raise AppError
except AppError as e:
    print(e.code, e.args, repr(e))    # expect: 7 ('app', 7) AppError('app', 7)
try:
    raise ValueError from AppError
except ValueError as e:
    print(repr(e), e.__cause__.code)    # expect: ValueError() 7
class Fails(Exception):
    def __init__(self):
        raise KeyError('in init')
try:
    raise Fails
except KeyError as e:
    print('KeyError', e)    # expect: KeyError 'in init'
class NotAnError(Exception):
    def __new__(cls):
        return 5
raise NotAnError    # raises: TypeError: calling <class '__main__.NotAnError'> should have returned an instance of BaseException, not <class 'int'>
