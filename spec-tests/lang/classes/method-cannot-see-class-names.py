def f():
    class A:
        x = 1
        def g(self):
            nonlocal x    # raises: SyntaxError: no binding for nonlocal 'x' found
    return A
