# `not` of one in / not in / is / is not comparison is the opposite
# comparison (CPython's AST optimiser), at the comparison's location.
def f(a, b):
    if not (a in b):
        pass
    if not a in b:
        pass
    if not (a is b):
        pass
    x = not (a in b)
    y = not (a not in b)
    z = not (a < b)
    w = not (a is not None)
    return not (a in b in a)


def g(a, b):
    x = not not (a is b)
    y = (not
         (a in
          b))
    if not not (a in b):
        return 1
    while not (a
               is b):
        a = b
    return not (a is b)
