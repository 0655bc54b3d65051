def g():
    x = 1
    class A:
        global x
        def f(self):
            return x
    return A
