try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* TypeError:
        print("no")
except ExceptionGroup as e:
    print("outer", repr(e))
# expect: outer ExceptionGroup('eg', [ValueError(1)])
