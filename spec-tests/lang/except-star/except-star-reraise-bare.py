eg0 = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
try:
    try:
        raise eg0
    except* ValueError:
        raise
except ExceptionGroup as e:
    print(repr(e), e is eg0)
# expect: ExceptionGroup('eg', [ValueError(1), TypeError(2)]) False
