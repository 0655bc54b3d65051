class A:
    f = lambda self: super()
    g = [lambda: __class__ for _ in range(2)]
