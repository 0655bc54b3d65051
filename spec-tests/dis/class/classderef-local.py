def f():
    x = 1
    class A:
        x = 2
        y = x
        def m(self):
            return x
    return A
