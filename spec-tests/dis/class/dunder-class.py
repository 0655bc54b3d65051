class A:
    def f(self):
        return __class__
    def g(self):
        def inner():
            return __class__
        return inner
x = __class__ if 0 else 1
