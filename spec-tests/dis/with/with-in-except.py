def f(m):
    try:
        pass
    except ValueError as e:
        with m:
            return e
    else:
        with m as x:
            pass
    return x
