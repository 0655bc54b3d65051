class A:
    global __g
    __g = 1
    def f(self):
        global __h
        __h = 2
        return __g
