class A:
    def f(self):
        def g():
            nonlocal __x
            __x = 2
        __x = 1
        g()
        return __x
