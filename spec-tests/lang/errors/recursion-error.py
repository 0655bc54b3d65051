def forever(n):
    return forever(n + 1)   # raises: RecursionError: maximum recursion depth exceeded

print('start')   # expect: start
forever(0)
