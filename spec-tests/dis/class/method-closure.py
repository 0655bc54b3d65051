def f():
    y = 2
    class A:
        y = 3
        def m(self):
            return y
        def n(self):
            return __class__, y
    return A
