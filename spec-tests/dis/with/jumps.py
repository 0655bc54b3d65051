# return, break and continue leaving one or more withs: each calls the
# managers' __exit__ with three Nones on the way out.
def r(a, b):
    with a as x:
        with b:
            return x + 1
def loops(a, xs):
    for i in xs:
        with a:
            if i:
                break
            if i > 2:
                continue
            return i
    while a:
        with a, a:
            if a: continue
            break
    return None
def bare(a):
    with a:
        return
def const(a):
    with a:
        return 3
