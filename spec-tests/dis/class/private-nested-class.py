class A:
    class __B:
        def f(self):
            return self.__x
    def g(self):
        return self.__B()
