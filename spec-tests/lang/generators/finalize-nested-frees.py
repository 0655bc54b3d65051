# Closing one generator can free another, which is closed in turn.
def leaf():
    try:
        yield 'leaf'
    finally:
        print('leaf closed')
def holder():
    it = leaf()
    next(it)
    try:
        yield 'holder'
    finally:
        print('holder closed')
h = holder()
print(next(h))
h = None
print('both closed')

# expect: holder
# expect: holder closed
# expect: leaf closed
# expect: both closed
