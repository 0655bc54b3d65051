def f(y):
    async for x in y:    # raises: SyntaxError: 'async for' outside async function
        pass
