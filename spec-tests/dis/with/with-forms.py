import contextlib
with open("x") as f:
    data = f.read()
with (a, b as c):
    pass
def g(m):
    with m as (x, y), m as z[0]:
        yield x
def h(m):
    try:
        with m:
            return 1
    finally:
        print("f")
def k(m):
    while m:
        with m:
            with m:
                continue
