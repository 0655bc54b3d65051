class _Hidden:
    def f(self):
        return self.__x
class ___:
    def f(self):
        return self.__x
class __D:
    __q = 1
