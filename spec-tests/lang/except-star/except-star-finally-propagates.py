def f():
    try:
        raise ExceptionGroup("eg", [TypeError(1)])
    except* ValueError:
        print("no")
    finally:
        print("finally runs")
try:
    f()
except ExceptionGroup as e:
    print(repr(e))
# expect: finally runs
# expect: ExceptionGroup('eg', [TypeError(1)])
