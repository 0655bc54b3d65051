try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("a")
    except* TypeError:
        raise IndexError("b")
except ExceptionGroup as e:
    print(repr(e))
# expect: ExceptionGroup('', [KeyError('a'), IndexError('b')])
