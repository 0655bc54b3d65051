def handle(group):
    try:
        raise group
    except* ValueError:
        raise
    except* TypeError:
        raise

original = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
try:
    handle(original)
except ExceptionGroup as e:
    print(repr(e), e is original)
# expect: ExceptionGroup('eg', [ValueError(1), TypeError(2)]) False
