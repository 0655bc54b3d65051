def f(x):
    return lambda: await x    # raises: SyntaxError: 'await' outside async function
