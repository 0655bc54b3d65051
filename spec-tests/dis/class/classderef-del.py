def f():
    x = 1
    class A:
        print(x)
        del x
    def h():
        return x
    return A
