import sys
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError:
    print(repr(sys.exc_info()[1]))
except* TypeError:
    print(repr(sys.exc_info()[1]))
print(sys.exc_info())
# expect: ExceptionGroup('eg', [ValueError(1)])
# expect: ExceptionGroup('eg', [TypeError(2)])
# expect: (None, None, None)
