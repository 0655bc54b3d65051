def outer():
    class A:
        def m(self):
            def inner():
                pass
            return inner
        class B:
            pass
    return A
class C:
    global g
    def g(self):
        pass
    def h(self):
        return [lambda: 1 for i in range(1)]
