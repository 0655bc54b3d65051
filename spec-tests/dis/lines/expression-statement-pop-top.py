# The POP_TOP discarding an expression statement's value has no location:
# after a conditional expression or `and`/`or` it belongs to no line, and a
# `finally` that ends with a call leaves its RERAISE line-less, so the
# `if` jumping to it gets a copy on its own line.
def f(x, y):
    x and y
    (x if y
     else g(x,
            y))
    x.a(1,
        2)


def closes(x):
    try:
        g(x)
    finally:
        if x:
            h()


def assigns(x):
    try:
        return g(x)
    finally:
        h(x)
        if x:
            x[1] = x
