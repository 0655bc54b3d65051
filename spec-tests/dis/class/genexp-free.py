def f():
    n = 2
    class A:
        m = n
        def g(self):
            return [n for i in range(3)]
    return A
