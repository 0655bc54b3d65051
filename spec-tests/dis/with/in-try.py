# A with inside try/except/finally, and try statements inside a with.
def f(a):
    try:
        with a as x:
            g(x)
    except E as e:
        with a:
            h(e)
    finally:
        with a:
            pass
def g(a):
    with a:
        try:
            return 1
        finally:
            k()
    with a:
        try:
            x()
        except:
            raise
def h(a, xs):
    for x in xs:
        try:
            with a:
                break
        finally:
            print(x)
