class A:
    def f(self):
        g(__kw=1, x=2)
        self.__m(__a=1)
        return h(*self.__args, **self.__kwargs)
