try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError as e:
    print("V", repr(e))
except* TypeError as e:
    print("T", repr(e))
print("after")
# expect: V ExceptionGroup('eg', [ValueError(1)])
# expect: T ExceptionGroup('eg', [TypeError(2)])
# expect: after
