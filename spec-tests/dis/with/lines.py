# Line numbers: a manager on a line of its own, a body ending in an if,
# and a with as the last statement of a loop body.
def f(a, b):
    with (
        a
    ) as x:
        if x:
            g()
    for i in b:
        with a:
            i += 1
    while b:
        with a:
            if b:
                pass
            else:
                h()
