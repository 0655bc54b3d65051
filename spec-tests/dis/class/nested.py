class Outer:
    class Inner:
        class Deepest:
            def f(self):
                return 1
        def g(self):
            pass
    def h(self):
        class Local:
            def m(self):
                pass
        return Local
