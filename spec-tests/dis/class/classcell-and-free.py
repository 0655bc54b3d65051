def f(a):
    class A:
        def g(self):
            return super().g(a)
    return A
