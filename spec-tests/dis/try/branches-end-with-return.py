# An if/else ending a try body: each branch gets its own copy of the
# return None after the try (the small-exit copy is done before and after
# the peephole pass), unless the try is followed by more code.
def v1(a):
    try:
        if a:
            f(a)
    except E:
        g()
def v2(a):
    try:
        if a:
            f(a)
        else:
            f(1)
    except E:
        g()
def v3(a):
    try:
        if a:
            x = 1
        else:
            x = 2
    except E:
        g()
def v4(a):
    try:
        if a:
            x = 1
        else:
            x = 2
    except E:
        g()
    h()
