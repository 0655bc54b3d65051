# A list comprehension that awaits needs an async function around it.
async def fine():
    return [x async for x in y]

def wrong(y):
    return [x async for x in y]    # raises: SyntaxError: asynchronous comprehension outside of an asynchronous function

