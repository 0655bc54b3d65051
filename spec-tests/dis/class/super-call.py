class A:
    def f(self):
        return super().f()
    def g(self):
        return super(A, self).g()
    def h(self):
        return 1
