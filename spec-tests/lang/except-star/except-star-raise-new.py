try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise TypeError("new")
except ExceptionGroup as e:
    print(repr(e))
    print(repr(e.exceptions[0].__context__))
except TypeError as e:
    print("bare", repr(e))
# expect: bare TypeError('new')
