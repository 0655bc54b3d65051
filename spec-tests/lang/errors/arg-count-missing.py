def f(a, b):
    return a + b

print(f(1, 2))  # expect: 3
f(1)            # raises: TypeError: f() missing 1 required positional argument: 'b'
