def f(raise_it):
    try:
        if raise_it:
            raise ExceptionGroup("eg", [ValueError(1)])
        print("body")
    except* ValueError:
        print("caught")
    else:
        print("else")
    finally:
        print("finally")
f(True)
f(False)
# expect: caught
# expect: finally
# expect: body
# expect: else
# expect: finally
