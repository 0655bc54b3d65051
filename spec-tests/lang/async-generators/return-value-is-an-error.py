# An async generator cannot return a value, even None.
async def gen():
    yield 1
    return None    # raises: SyntaxError: 'return' with value in async generator

