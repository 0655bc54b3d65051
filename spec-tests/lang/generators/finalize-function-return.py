# A generator local to a function is closed when the function returns,
# before the caller goes on.
def g():
    try:
        yield 1
    finally:
        print('closed')
def use():
    it = g()
    return next(it)
print(use())
print('after')

# expect: closed
# expect: 1
# expect: after
