try:
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
    except* ValueError:
        print("V")
except BaseExceptionGroup as e:
    print(type(e).__name__, repr(e))
# expect: V
# expect: BaseExceptionGroup BaseExceptionGroup('b', [KeyboardInterrupt()])
