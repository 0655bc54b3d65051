class MyErr(ValueError):
    pass

e = MyErr("x")
print(isinstance(e, ValueError), isinstance(e, (KeyError, Exception)))   # expect: True True
print(issubclass(MyErr, (TypeError, ArithmeticError)))   # expect: False
print(issubclass(MyErr, BaseException), issubclass(MyErr, object))   # expect: True True
