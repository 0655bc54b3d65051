def f():
    return missing + 1   # raises: NameError: name 'missing' is not defined

print('calling')   # expect: calling
f()
