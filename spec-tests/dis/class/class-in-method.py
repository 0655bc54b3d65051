class Outer:
    def make(self):
        v = 1
        class Inner:
            w = v
            def g(self):
                return super().g(), v
        return Inner
