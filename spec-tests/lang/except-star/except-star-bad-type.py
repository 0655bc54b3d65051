for t in (ExceptionGroup, BaseExceptionGroup, (ValueError, ExceptionGroup), int, (ValueError, 3)):
    try:
        try:
            raise ValueError(1)
        except* t:
            pass
    except TypeError as e:
        print(e)
# expect: catching ExceptionGroup with except* is not allowed. Use except instead.
# expect: catching ExceptionGroup with except* is not allowed. Use except instead.
# expect: catching ExceptionGroup with except* is not allowed. Use except instead.
# expect: catching classes that do not inherit from BaseException is not allowed
# expect: catching classes that do not inherit from BaseException is not allowed
