def f():
    global B
    class B:
        pass
    class C:
        global __x
        __x = 1
