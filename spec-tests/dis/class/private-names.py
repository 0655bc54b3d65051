__g = 1
class A:
    __x = 1
    __y__ = 2
    y = __x + __g
    def __m(self, __p, *__args, __k=1, **__kw):
        __local = __p
        return __local, __args, __kw, __g
    def f(self):
        return self.__m(1)
