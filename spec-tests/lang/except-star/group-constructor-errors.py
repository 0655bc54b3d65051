for args in [("m", []), ("m", [1]), ("m", 5), (1, [ValueError()]), ("m",), ("m", {ValueError(): 1})]:
    try:
        BaseExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
print(type(BaseExceptionGroup("m", [KeyboardInterrupt()])).__name__)
print(str(ExceptionGroup("one", [ValueError()])), str(ExceptionGroup("two", [ValueError(), ValueError()])))
# expect: ValueError second argument (exceptions) must be a non-empty sequence
# expect: ValueError Item 0 of second argument (exceptions) is not an exception
# expect: TypeError second argument (exceptions) must be a sequence
# expect: TypeError BaseExceptionGroup.__new__() argument 1 must be str, not int
# expect: TypeError BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)
# expect: TypeError second argument (exceptions) must be a sequence
# expect: Cannot nest BaseExceptions in an ExceptionGroup
# expect: BaseExceptionGroup
# expect: one (1 sub-exception) two (2 sub-exceptions)
