def f(a):
    with a as b, a:
        print(b)
    return 1
def g(a):
    for i in a:
        with a:
            if i: break
            if i: continue
            return i
