def f(n):
    class A:
        k = n
        ys = [k + n + x for x in range(3)]
    return A
