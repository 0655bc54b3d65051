@dec
class A(B, metaclass=M):
    "doc"
    x = 1
    def f(self):
        return super().f(__y)
    def __g(self, __z=1, *, __k=2):
        self.__a = g(__q=1)
        import __m.b as __n
        from __p import __r
class C(*bs, **kw):
    pass
