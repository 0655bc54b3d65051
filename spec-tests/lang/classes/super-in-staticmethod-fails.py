class A:
    @staticmethod
    def f():
        return super().f()   # raises: RuntimeError: super(): no arguments

A.f()
