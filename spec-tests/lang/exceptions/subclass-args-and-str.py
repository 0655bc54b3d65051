class AppError(Exception):
    pass

e = AppError("bad", 42)
print(e.args)   # expect: ('bad', 42)
print(str(e))   # expect: ('bad', 42)
print(repr(e))   # expect: AppError('bad', 42)
print(str(AppError("one")), repr(AppError("one")))   # expect: one AppError('one')
print(str(AppError()), repr(AppError()))   # expect:  AppError()
print(isinstance(e, Exception), isinstance(e, BaseException))   # expect: True True
