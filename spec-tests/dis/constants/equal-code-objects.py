# Code objects compiled twice from the same source (a while condition,
# a finally body) are equal constants: co_consts keeps one.
def f(xs):
    while [x for x in xs if x]:
        xs = xs[1:]


def g(a):
    try:
        pass
    finally:
        x = lambda q: q


def h(a):
    for i in a:
        try:
            break
        finally:
            x = lambda q: q


def f(xs):
    for x in xs:
        try:
            if x:
                break
            return [y for y in xs]
        finally:
            g = lambda q: q
            def h():
                return g
            class C:
                pass
            print(g(1), h() is g, C.__name__)
    return 0
