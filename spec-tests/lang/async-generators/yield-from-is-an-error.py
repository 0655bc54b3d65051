async def gen():
    yield from [1, 2]    # raises: SyntaxError: 'yield from' inside async function

