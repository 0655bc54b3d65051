# anext's TypeErrors.
for args in [(1,), (), (1, 2, 3), ([],)]:
    try:
        anext(*args)
    except TypeError as e:
        print(e)
# expect: 'int' object is not an async iterator
# expect: anext expected at least 1 argument, got 0
# expect: anext expected at most 2 arguments, got 3
# expect: 'list' object is not an async iterator
