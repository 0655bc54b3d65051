try:
    raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
except* ValueError as e:
    print(repr(e))
except* TypeError as e:
    print(repr(e))
# expect: ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [ValueError(3)])])
# expect: ExceptionGroup('outer', [ExceptionGroup('inner', [TypeError(2)])])
