class A:
    double = lambda self, x: 2 * x
    key = lambda x=1: x
    def f(self):
        return lambda: self
