# exec in a function writes to a snapshot of its locals.
def f():
    x = 1
    exec('x = 2; z = 3')
    return x, 'z' in locals()
print(f())
# expect: (1, True)
