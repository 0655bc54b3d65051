class A:
    def f(self, x):
        return x
    @staticmethod
    def s(x):
        return x
    @classmethod
    def c(cls, x):
        return x

for attempt in (lambda: A().f(1, 2), lambda: A.s(1, 2), lambda: A.c(1, 2), lambda: A().f()):
    try:
        attempt()
    except TypeError as e:
        # expect: A.f() takes 2 positional arguments but 3 were given
        # expect: A.s() takes 1 positional argument but 2 were given
        # expect: A.c() takes 2 positional arguments but 3 were given
        # expect: A.f() missing 1 required positional argument: 'x'
        print(e)
A(1)   # raises: TypeError: A() takes no arguments
