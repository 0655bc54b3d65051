# eval with no namespaces sees the calling function's locals.
x = 10
def f():
    y = 3
    return eval('y + x')
print(f())
# expect: 13
