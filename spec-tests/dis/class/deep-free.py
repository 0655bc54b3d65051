def a():
    x = 1
    def b():
        class C:
            def d(self):
                class E:
                    def f(self):
                        return x, super()
                return E
        return C
    return b
