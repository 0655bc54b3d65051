try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("inner V")
except* TypeError as e:
    print("outer T", repr(e))
# expect: inner V
# expect: outer T ExceptionGroup('eg', [TypeError(2)])
