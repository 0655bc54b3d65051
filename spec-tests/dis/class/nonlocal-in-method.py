def f(x):
    class A:
        def g(self):
            nonlocal x
            x = 2
        def h(self):
            return x
    return A
