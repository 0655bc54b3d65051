def f():
    x = 1
    class A:
        y = x
        def m(self):
            return x
    return A
