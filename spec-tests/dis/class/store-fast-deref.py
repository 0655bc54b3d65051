def f():
    class A:
        pass
    class B(A):
        def m(self):
            return B
    return A, B
def g(deco):
    @deco
    class C:
        pass
    return C
