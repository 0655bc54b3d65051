# A function that declares a name global hides the enclosing function's
# binding of it from the functions inside it.
def f():
    x = 1
    def g():
        global x
        def h():
            return x
        return h
    return g()
x = "global"
print(f()())    # expect: global
