class Outer:
    def method(self):
        class Inner:
            seen = __class__
            def f(self):
                return __class__
        return Inner.seen, Inner().f().__name__
