# aiter's TypeErrors.
class Bad:
    def __aiter__(self):
        return 1
for args in [(1,), (), (Bad(),), (1, 2)]:
    try:
        aiter(*args)
    except TypeError as e:
        print(e)
# expect: 'int' object is not an async iterable
# expect: aiter() takes exactly one argument (0 given)
# expect: aiter() returned not an async iterator of type 'int'
# expect: aiter() takes exactly one argument (2 given)
