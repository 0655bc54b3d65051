x = 1

def f():
    print(x)   # raises: UnboundLocalError: cannot access local variable 'x' where it is not associated with a value
    x = 2

print(x)   # expect: 1
f()
