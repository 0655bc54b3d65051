# An await in a list comprehension of a plain function: the same error,
# reported at the comprehension.
def f(values):
    return [await v for v in values]    # raises: SyntaxError: asynchronous comprehension outside of an asynchronous function

