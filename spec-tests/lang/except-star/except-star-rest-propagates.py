def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        print("handled V")
try:
    f()
except ExceptionGroup as e:
    print(repr(e))
# expect: handled V
# expect: ExceptionGroup('eg', [TypeError(2), KeyError(3)])
