def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        result = "handled"
    return result
print(f())
# expect: handled
