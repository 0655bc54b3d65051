print("never printed: the compiler rejects the whole module")
def ok(a, b, *c, d, **e):
    return a
def f(a, *, b, **a):    # raises: SyntaxError: duplicate argument 'a' in function definition
    pass
