def make(base):
    class A(base):
        def f(self):
            return base
    return A
def plain():
    class B:
        pass
    return B
