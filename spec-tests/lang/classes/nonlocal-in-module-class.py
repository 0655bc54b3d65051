class A:
    nonlocal x    # raises: SyntaxError: no binding for nonlocal 'x' found
