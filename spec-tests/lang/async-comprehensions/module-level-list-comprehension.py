print("never printed: the module does not compile")
result = [x async for x in source]    # raises: SyntaxError: asynchronous comprehension outside of an asynchronous function

