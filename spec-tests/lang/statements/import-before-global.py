# An import binds a name, but unlike an assignment it may come before the
# name's `global` declaration.
def f():
    import sys
    global sys
f()
print(sys.maxsize > 0)    # expect: True
