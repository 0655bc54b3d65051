def f(a, b):
    if b:
        try:
            if a: g()
            else: h()
        except E: return
def k(a, b):
    if b:
        try:
            for x in a: g(x)
        except E: return
def w(a, b):
    if b:
        try:
            with a: g()
        except E: return
